-- Projection of soc2-scope.decided: the TSC categories each tenant's SOC 2 report covers (newest version wins).
create table soc2_scope_state (
    tenant_id  varchar(63)  primary key,
    categories varchar(200) not null,
    version    bigint       not null
);
