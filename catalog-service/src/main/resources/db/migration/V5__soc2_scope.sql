-- Which Trust Services categories a tenant's SOC 2 report covers (security always). Decisions are only
-- added; the highest version is the current one, the earlier ones are its history.
create table soc2_scope_decision (
    id          uuid         primary key,
    tenant_id   varchar(63)  not null,
    version     int          not null check (version >= 1),
    categories  jsonb        not null,
    decided_by  varchar(200) not null,
    decided_at  timestamptz  not null,
    unique (tenant_id, version)
);
