-- Projection of scope.recorded: each tenant's newest ISMS scope statement, printed on its Statement of Applicability.
create table isms_scope_state (
    tenant_id   varchar(63)   primary key,
    summary     varchar(4000),
    version     int           not null,
    recorded_by varchar(200),
    recorded_at timestamptz   not null
);
