-- Projections of catalog.events the reports need: Statement of Applicability decisions and the risk
-- register (newest version wins), the catalogue's requirement titles, and the SoA snapshots taken.
create table applicability_state (
    tenant_id       varchar(63)   not null,
    requirement_ref varchar(64)   not null,
    applicable      boolean       not null,
    justification   varchar(4000),
    reasons         varchar(200)  not null,
    risk_ids        varchar(4000) not null,
    decided_by      varchar(200),
    decided_at      timestamptz   not null,
    version         bigint        not null,
    primary key (tenant_id, requirement_ref)
);

create table risk_state (
    tenant_id      varchar(63)   not null,
    risk_id        uuid          not null,
    title          varchar(500)  not null,
    owner          varchar(200),
    inherent_score int           not null,
    residual_score int,
    treatment      varchar(16)   not null,
    control_ids    varchar(8000) not null,
    version        bigint        not null,
    deleted        boolean       not null,
    primary key (tenant_id, risk_id)
);

create table known_requirement (
    framework varchar(64)  not null,
    ref       varchar(64)  not null,
    title     varchar(500) not null,
    primary key (framework, ref)
);

create table soa_snapshot (
    id         uuid         primary key,
    tenant_id  varchar(63)  not null,
    taken_at   timestamptz  not null,
    taken_by   varchar(200) not null,
    note       varchar(1000),
    report     jsonb        not null
);
create index soa_snapshot_by_tenant on soa_snapshot (tenant_id, taken_at desc);
