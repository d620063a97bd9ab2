-- Last announced coverage status of each requirement per tenant: what coverage.changed events are diffed against.
create table coverage_snapshot (
    tenant_id       varchar(63) not null,
    framework       varchar(64) not null,
    requirement_ref varchar(64) not null,
    status          varchar(20) not null,
    primary key (tenant_id, framework, requirement_ref)
);
