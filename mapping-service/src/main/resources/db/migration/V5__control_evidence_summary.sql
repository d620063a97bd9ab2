-- Per-control evidence summaries, kept by the evidence projection in the transaction that applies each
-- evidence event, so coverage and the reports read one row per control (or per control and day)
-- instead of ranking and counting every record on each request.

-- 1. The link table carries what the summaries need of its record (copied from evidence_state on every
--    event), so a control's records can be found, ordered and counted by index without a join.
--    counts:     the record can decide coverage (accepted, not expired, not superseded, pass or fail);
--                it does so while it is fresh (valid_until > now).
--    reportable: the SOC 2 report counts it (accepted, passing, not superseded; fresh or not).
alter table evidence_state_control
    add column result       varchar(16),
    add column collected_at timestamptz,
    add column valid_until  timestamptz,
    add column counts       boolean,
    add column reportable   boolean;

-- 2. One row per (tenant, control): the control's "live" coverage records are those that count and whose
--    valid_until is after swept_at. The projection adds and removes a record's contribution against that
--    rule; the read path sweeps a row whose next_stale_at has passed (subtracts the records that went stale
--    since swept_at and moves swept_at to now), so a row read with next_stale_at > now is exact.
create table control_evidence_summary (
    tenant_id           varchar(63) not null,
    control_id          uuid        not null,
    passing             bigint      not null default 0,
    failing             bigint      not null default 0,
    latest_evidence_id  uuid,
    latest_result       varchar(16),
    latest_collected_at timestamptz,
    newest_passing      uuid[]      not null default '{}',
    next_stale_at       timestamptz,
    swept_at            timestamptz not null default '-infinity',
    primary key (tenant_id, control_id)
);
create index control_evidence_summary_to_sweep on control_evidence_summary (tenant_id, next_stale_at);

-- 3. One row per (tenant, control, UTC day) with reportable records collected that day: the SOC 2 report's
--    observation period is whole UTC days, so summing the period's days is exact.
create table control_evidence_day (
    tenant_id       varchar(63) not null,
    control_id      uuid        not null,
    day             date        not null,
    passing         bigint      not null,
    first_collected timestamptz not null,
    last_collected  timestamptz not null,
    primary key (tenant_id, control_id, day)
);
create index control_evidence_day_by_day on control_evidence_day (tenant_id, day)
    include (control_id, passing, first_collected, last_collected);

-- Rebuilds the link columns and both summaries of one tenant (all tenants when p_tenant is null) from
-- evidence_state and its links: the backfill below, and a repair for data loaded around the projection.
create function rebuild_evidence_summaries(p_tenant varchar) returns void language sql as $$
    update evidence_state_control c
       set result = s.result, collected_at = s.collected_at, valid_until = s.valid_until,
           counts = (s.review_status = 'accepted' and not s.expired and not s.superseded and s.result in ('pass', 'fail')),
           reportable = (s.review_status = 'accepted' and not s.superseded and s.result = 'pass')
      from evidence_state s
     where s.tenant_id = c.tenant_id and s.evidence_id = c.evidence_id
       and (p_tenant is null or c.tenant_id = p_tenant)
       and (c.result, c.collected_at, c.valid_until, c.counts, c.reportable) is distinct from
           (s.result, s.collected_at, s.valid_until,
            (s.review_status = 'accepted' and not s.expired and not s.superseded and s.result in ('pass', 'fail')),
            (s.review_status = 'accepted' and not s.superseded and s.result = 'pass'));

    delete from control_evidence_summary where p_tenant is null or tenant_id = p_tenant;
    insert into control_evidence_summary (tenant_id, control_id, passing, failing, latest_evidence_id, latest_result,
                                          latest_collected_at, newest_passing, next_stale_at, swept_at)
    select tenant_id, control_id,
           count(*) filter (where result = 'pass'),
           count(*) filter (where result = 'fail'),
           (array_agg(evidence_id order by collected_at desc, evidence_id))[1],
           (array_agg(result order by collected_at desc, evidence_id))[1],
           max(collected_at),
           coalesce((array_agg(evidence_id order by collected_at desc, evidence_id)
                     filter (where result = 'pass'))[1:20], '{}'),
           min(valid_until),
           '-infinity'
      from evidence_state_control
     where counts and (p_tenant is null or tenant_id = p_tenant)
     group by tenant_id, control_id;

    delete from control_evidence_day where p_tenant is null or tenant_id = p_tenant;
    insert into control_evidence_day (tenant_id, control_id, day, passing, first_collected, last_collected)
    select tenant_id, control_id, (collected_at at time zone 'UTC')::date, count(*), min(collected_at), max(collected_at)
      from evidence_state_control
     where reportable and (p_tenant is null or tenant_id = p_tenant)
     group by tenant_id, control_id, (collected_at at time zone 'UTC')::date;
$$;

select rebuild_evidence_summaries(null);

alter table evidence_state_control
    alter column result set not null,
    alter column collected_at set not null,
    alter column valid_until set not null,
    alter column counts set not null,
    alter column reportable set not null;

-- A control's live records, newest first (latest record, newest passing ids), and by expiry (sweeps,
-- next_stale_at); its reportable records by collection time (first and last of a day).
create index evidence_state_control_newest on evidence_state_control (tenant_id, control_id, collected_at desc, evidence_id)
    include (result, valid_until) where counts;
create index evidence_state_control_expiry on evidence_state_control (tenant_id, control_id, valid_until)
    include (result) where counts;
create index evidence_state_control_reportable on evidence_state_control (tenant_id, control_id, collected_at)
    where reportable;
