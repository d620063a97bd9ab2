-- ISMS records of a tenant: scope statement, Statement of Applicability, risk register, audit cycle.

-- Scope statement (ISO 27001 4.3): append-only, one row per version.
create table scope_version (
    id             uuid          primary key,
    tenant_id      varchar(63)   not null,
    version        int           not null check (version >= 1),
    summary        varchar(4000),
    locations      jsonb         not null,
    systems        jsonb         not null,
    services       jsonb         not null,
    business_units jsonb         not null,
    exclusions     jsonb         not null,
    recorded_by    varchar(200)  not null,
    recorded_at    timestamptz   not null,
    unique (tenant_id, version)
);

-- Risk register (ISO 27001 6.1.2, 6.1.3, 8.2, 8.3).
create table risk (
    id                  uuid          primary key,
    tenant_id           varchar(63)   not null,
    title               varchar(200)  not null,
    description         varchar(4000),
    owner               varchar(200)  not null,
    likelihood          int           not null check (likelihood between 1 and 5),
    impact              int           not null check (impact between 1 and 5),
    inherent_score      int           not null,
    residual_likelihood int           check (residual_likelihood between 1 and 5),
    residual_impact     int           check (residual_impact between 1 and 5),
    residual_score      int,
    treatment           varchar(20)   not null,
    status              varchar(20)   not null,
    treatment_due       date,
    version             bigint        not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    check (inherent_score = likelihood * impact),
    check ((residual_likelihood is null) = (residual_impact is null)),
    check (residual_score is not distinct from residual_likelihood * residual_impact)
);

create index risk_by_tenant on risk (tenant_id, inherent_score desc);

-- A deleted control simply stops treating the risk.
create table risk_control (
    risk_id    uuid not null references risk (id) on delete cascade,
    control_id uuid not null references tenant_control (id) on delete cascade,
    primary key (risk_id, control_id)
);

create index risk_control_by_control on risk_control (control_id);

-- Statement of Applicability: every decision is kept; the highest version per control is current.
-- risk_ids is history, not a foreign key: the service refuses to delete a risk a current decision cites.
create table applicability_decision (
    id              uuid          primary key,
    tenant_id       varchar(63)   not null,
    requirement_ref varchar(64)   not null,
    version         int           not null check (version >= 1),
    applicable      boolean       not null,
    justification   varchar(4000),
    reasons         jsonb         not null,
    risk_ids        jsonb         not null,
    decided_by      varchar(200)  not null,
    decided_at      timestamptz   not null,
    unique (tenant_id, requirement_ref, version)
);

-- Audit cycle (ISO 27001 9.2, 9.3, 10.2; certification audits).
create table isms_audit (
    id            uuid          primary key,
    tenant_id     varchar(63)   not null,
    kind          varchar(30)   not null,
    title         varchar(200)  not null,
    planned_start date          not null,
    planned_end   date          not null,
    status        varchar(20)   not null,
    auditor       varchar(200),
    version       bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    check (planned_end >= planned_start)
);

create index isms_audit_by_tenant on isms_audit (tenant_id, planned_start);

create table audit_finding (
    id              uuid          primary key,
    tenant_id       varchar(63)   not null,
    audit_id        uuid          not null references isms_audit (id) on delete cascade,
    type            varchar(40)   not null,
    framework_id    varchar(64),
    requirement_ref varchar(64),
    description     varchar(4000) not null,
    status          varchar(20)   not null,
    raised_at       timestamptz   not null,
    closed_at       timestamptz,
    version         bigint        not null
);

create index audit_finding_by_audit on audit_finding (audit_id);

create table corrective_action (
    id           uuid          primary key,
    tenant_id    varchar(63)   not null,
    finding_id   uuid          not null references audit_finding (id) on delete cascade,
    description  varchar(4000) not null,
    owner        varchar(200)  not null,
    due_date     date          not null,
    status       varchar(20)   not null,
    completed_at timestamptz,
    version      bigint        not null,
    created_at   timestamptz   not null,
    updated_at   timestamptz   not null
);

create index corrective_action_by_finding on corrective_action (finding_id);
create index corrective_action_due on corrective_action (tenant_id, due_date) where status <> 'done';
