-- The trail: per tenant, a hash chain over what the service must be able to prove it did not rewrite (change log
-- entries, and what a service adds, e.g. evidence records and reviews). Entry n stores the hash of its content
-- and the hash of entry n-1; its own hash covers both, so changing, removing or reordering anything before the
-- head breaks a link that trail verification finds. One entry seals what one statement or transaction wrote
-- (refs: the ids of the rows), so a bulk write costs one link, not one per row.
create table trail (
    tenant_id    varchar(63)  not null,
    seq          bigint       not null,
    kind         varchar(32)  not null,
    refs         text[]       not null,
    content_hash bytea        not null,
    prev_hash    bytea        not null,
    hash         bytea        not null,
    recorded_at  timestamptz  not null,
    primary key (tenant_id, seq)
);

-- The latest link per tenant; its row lock orders concurrent appends of one tenant (held from the append to the
-- commit, so writers append last). Redundant with the trail's last row, which verification checks.
create table trail_head (
    tenant_id varchar(63) primary key,
    seq       bigint      not null,
    hash      bytea       not null
);

-- Instants in canonical content: microseconds since the epoch, whatever the session's time zone.
create function trail_micros(at timestamptz) returns bigint language sql immutable as $$
    select trunc(extract(epoch from at) * 1000000)::bigint
$$;

-- The content hash of the rows an entry seals: the SHA-256 of one line per row, in ref order, each line the hex
-- SHA-256 of the row's canonical content. Each kind has a function trail_canonical_<kind>(refs) returning
-- (ref, content), or is hashed by the service (SealedInJava); a row that is gone no longer contributes a line.
create function trail_content_hash(entry_kind text, entry_refs text[]) returns bytea
language plpgsql stable as $$
declare
    content text;
begin
    if entry_kind !~ '^[a-z_]+$' then
        raise exception 'unknown trail kind %', entry_kind;
    end if;
    execute format('select string_agg(encode(sha256(convert_to(c.content, ''UTF8'')), ''hex''), E''\n'' order by c.ref)'
        || ' from %I($1) c', 'trail_canonical_' || entry_kind) into content using entry_refs;
    return sha256(convert_to(coalesce(content, ''), 'UTF8'));
end $$;

-- hash(n) = sha256(hash(n-1) || content hash || "seq|kind|refs|recorded_at in epoch microseconds").
create function trail_link_hash(entry_seq bigint, entry_kind text, entry_refs text[], entry_at timestamptz,
                                entry_content bytea, previous bytea) returns bytea
language sql immutable as $$
    select sha256(previous || entry_content || convert_to(entry_seq::text || '|' || entry_kind || '|'
        || array_to_string(entry_refs, ',') || '|' || trail_micros(entry_at)::text, 'UTF8'))
$$;

-- Appends one entry for the tenant and answers its sequence number. The first entry's predecessor is 32 zero bytes.
-- trail_append_hashed takes the content hash from a service that hashed the rows itself (SealedInJava).
create function trail_append_hashed(entry_tenant text, entry_kind text, entry_refs text[], content bytea) returns bigint
language plpgsql as $$
declare
    at timestamptz := clock_timestamp();
    last_seq bigint;
    last_hash bytea;
    link bytea;
begin
    insert into trail_head (tenant_id, seq, hash) values (entry_tenant, 0, decode(repeat('00', 32), 'hex'))
        on conflict (tenant_id) do nothing;
    select seq, hash into last_seq, last_hash from trail_head where tenant_id = entry_tenant for update;
    link := trail_link_hash(last_seq + 1, entry_kind, entry_refs, at, content, last_hash);
    insert into trail (tenant_id, seq, kind, refs, content_hash, prev_hash, hash, recorded_at)
        values (entry_tenant, last_seq + 1, entry_kind, entry_refs, content, last_hash, link, at);
    update trail_head set seq = last_seq + 1, hash = link where tenant_id = entry_tenant;
    return last_seq + 1;
end $$;

create function trail_append(entry_tenant text, entry_kind text, entry_refs text[]) returns bigint
language sql as $$
    select trail_append_hashed(entry_tenant, entry_kind, entry_refs, trail_content_hash(entry_kind, entry_refs))
$$;

-- Who changed what: one row per changed row of an audited table, written by the table's trigger in the same
-- transaction as the change. Subject and credential come from the session settings the service sets for the
-- request's transaction (crosswalk.subject, crosswalk.credential); without them it was the service itself.
create table change_log (
    id          bigint generated always as identity primary key,
    tenant_id   varchar(63)  not null,
    occurred_at timestamptz  not null,
    subject     varchar(200) not null,
    credential  varchar(16)  not null,
    entity      varchar(64)  not null,
    entity_id   varchar(300) not null,
    operation   varchar(16)  not null,
    changes     jsonb        not null
);
create index change_log_by_tenant on change_log (tenant_id, id);
create index change_log_by_entity on change_log (tenant_id, entity, entity_id, id);
create index change_log_by_subject on change_log (tenant_id, subject, id);

create function trail_canonical_change(refs text[]) returns table (ref text, content text)
language sql stable as $$
    select l.id::text, jsonb_build_object('tenant', l.tenant_id,
        'at', trail_micros(l.occurred_at), 'subject', l.subject,
        'credential', l.credential, 'entity', l.entity, 'entity_id', l.entity_id, 'operation', l.operation,
        'changes', l.changes)::text
    from change_log l where l.id = any (refs::bigint[])
$$;

create function change_log_chain() returns trigger language plpgsql as $$
begin
    perform trail_append(new.tenant_id, 'change', array[new.id::text]);
    return null;
end $$;
create trigger change_log_chain after insert on change_log for each row execute function change_log_chain();

-- Append-only: nothing in the service updates or deletes these rows. Someone who can switch the trigger off can
-- still do it; the trail's verification is what finds that.
create function trail_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name using errcode = 'insufficient_privilege';
end $$;
create trigger change_log_append_only before update or delete on change_log
    for each row execute function trail_append_only();
create trigger trail_append_only before update or delete on trail
    for each row execute function trail_append_only();

-- The capture trigger of an audited table: change_log_capture(entity, id columns, tenant, columns never logged).
-- The tenant is a column name, '' for data every tenant shares, or table.column=own_column for rows that belong
-- to a tenant through another row (risk.id=risk_id); a row whose owner is gone (a cascading delete) is logged by
-- its owner's entry only. An update that changes only unlogged columns is not logged; values of unlogged columns
-- (secrets, lock versions, bookkeeping) never appear.
create function change_log_capture() returns trigger language plpgsql as $$
declare
    entity_name text := tg_argv[0];
    id_columns text[] := string_to_array(tg_argv[1], ',');
    tenant_column text := tg_argv[2];
    unlogged text[] := coalesce(string_to_array(nullif(tg_argv[3], ''), ','), '{}');
    before jsonb;
    after jsonb;
    current jsonb;
    diff jsonb;
    who text := coalesce(nullif(current_setting('crosswalk.subject', true), ''), 'system');
    how text := coalesce(nullif(current_setting('crosswalk.credential', true), ''), 'service');
    tenant text;
    owner text[];
begin
    if tg_op <> 'INSERT' then
        before := to_jsonb(old) - unlogged;
    end if;
    if tg_op <> 'DELETE' then
        after := to_jsonb(new) - unlogged;
    end if;
    current := coalesce(after, before);
    select coalesce(jsonb_object_agg(k, jsonb_build_object('before', before -> k, 'after', after -> k)), '{}')
        into diff
        from jsonb_object_keys(current) k
        where (before -> k) is distinct from (after -> k);
    if diff = '{}' then
        return null;
    end if;
    if tenant_column = '' then
        tenant := '_shared';
    elsif tenant_column like '%=%' then
        owner := regexp_split_to_array(tenant_column, '[.=]');
        execute format('select tenant_id from %I where %I::text = $1', owner[1], owner[2])
            into tenant using current ->> owner[3];
        if tenant is null then
            return null;
        end if;
    else
        tenant := current ->> tenant_column;
    end if;
    insert into change_log (tenant_id, occurred_at, subject, credential, entity, entity_id, operation, changes)
    values (tenant, clock_timestamp(), who, how, entity_name,
            (select string_agg(current ->> c, '/' order by n) from unnest(id_columns) with ordinality as ids(c, n)),
            case tg_op when 'INSERT' then 'created' when 'UPDATE' then 'updated' else 'deleted' end, diff);
    return null;
end $$;
