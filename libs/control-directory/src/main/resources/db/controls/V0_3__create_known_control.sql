-- Read model of the tenants' controls, fed by catalog.events, for services that must not call the catalog.
create table known_control (
    tenant_id  varchar(63) not null,
    control_id uuid        not null,
    ref_code   varchar(64) not null,
    name       varchar(200) not null,
    frequency  varchar(20) not null,
    status     varchar(20) not null,
    version    bigint      not null,
    deleted    boolean     not null default false,
    primary key (tenant_id, control_id)
);
create index known_control_by_ref on known_control (tenant_id, ref_code) where not deleted;
