-- Whether a record counts is decided once, in Java (dev.crosswalk.rules.EvidenceCounting, libs/event-contracts),
-- when the projection stores the record: evidence_state keeps the verdicts, the link rows copy them, and no
-- statement evaluates the rule again (V5 wrote it out in SQL twice; the rebuild below no longer does).
--   counts:     the record decides coverage of its controls while fresh (valid_until > now)
--   reportable: the record evidences operation at its collection time (SOC 2 Type 2)
alter table evidence_state
    add column counts     boolean,
    add column reportable boolean;

-- the verdicts V5 computed for the records that have links; a record without links decides nothing, and its
-- next event stores the verdicts the rule gives
update evidence_state s
   set counts = l.counts, reportable = l.reportable
  from (select distinct on (tenant_id, evidence_id) tenant_id, evidence_id, counts, reportable
          from evidence_state_control order by tenant_id, evidence_id) l
 where l.tenant_id = s.tenant_id and l.evidence_id = s.evidence_id;
update evidence_state set counts = false, reportable = false where counts is null;
alter table evidence_state
    alter column counts set not null,
    alter column reportable set not null;

-- shared: the record is linked to more than one control. Coverage counts a record once per requirement however
-- many of its controls reach it, so it reads these (few) links apart to take out the double counts.
alter table evidence_state_control add column shared boolean not null default false;
update evidence_state_control c set shared = true
  from (select tenant_id, evidence_id from evidence_state_control group by tenant_id, evidence_id having count(*) > 1) m
 where m.tenant_id = c.tenant_id and m.evidence_id = c.evidence_id;
create index evidence_state_control_shared on evidence_state_control (tenant_id, evidence_id)
    include (control_id, result, collected_at, valid_until, counts, reportable) where shared;

-- the deciding record's expiry: the control operates at least until then if nothing new arrives
alter table control_evidence_summary add column latest_valid_until timestamptz;
update control_evidence_summary s
   set latest_valid_until = c.valid_until
  from evidence_state_control c
 where c.tenant_id = s.tenant_id and c.control_id = s.control_id and c.evidence_id = s.latest_evidence_id;

create or replace function rebuild_evidence_summaries(p_tenant varchar) returns void language sql as $$
    update evidence_state_control c
       set result = s.result, collected_at = s.collected_at, valid_until = s.valid_until,
           counts = s.counts, reportable = s.reportable, shared = m.shared
      from evidence_state s
      join (select tenant_id, evidence_id, count(*) > 1 as shared from evidence_state_control
             where p_tenant is null or tenant_id = p_tenant group by tenant_id, evidence_id) m
        on m.tenant_id = s.tenant_id and m.evidence_id = s.evidence_id
     where s.tenant_id = c.tenant_id and s.evidence_id = c.evidence_id
       and (p_tenant is null or c.tenant_id = p_tenant)
       and (c.result, c.collected_at, c.valid_until, c.counts, c.reportable, c.shared) is distinct from
           (s.result, s.collected_at, s.valid_until, s.counts, s.reportable, m.shared);

    delete from control_evidence_summary where p_tenant is null or tenant_id = p_tenant;
    insert into control_evidence_summary (tenant_id, control_id, passing, failing, latest_evidence_id, latest_result,
                                          latest_collected_at, latest_valid_until, newest_passing, next_stale_at, swept_at)
    select tenant_id, control_id,
           count(*) filter (where result = 'pass'),
           count(*) filter (where result = 'fail'),
           (array_agg(evidence_id order by collected_at desc, evidence_id))[1],
           (array_agg(result order by collected_at desc, evidence_id))[1],
           max(collected_at),
           (array_agg(valid_until order by collected_at desc, evidence_id))[1],
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
