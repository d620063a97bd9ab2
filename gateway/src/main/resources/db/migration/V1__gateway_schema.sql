create table tenant (
    id         varchar(63)  primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null
);

-- API keys for scripts: the secret is shown once at creation; only its SHA-256 is kept.
create table api_key (
    id           uuid         primary key,
    tenant_id    varchar(63)  not null references tenant (id),
    name         varchar(200) not null,
    secret_hash  varchar(64)  not null,
    scopes       varchar(500) not null,
    created_at   timestamptz  not null,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_key_by_tenant on api_key (tenant_id);
