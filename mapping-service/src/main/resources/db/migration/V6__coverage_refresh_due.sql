-- Tenants whose coverage may have moved since it was last announced. An evidence event only marks its
-- tenant here, in its own transaction; CoverageRefreshJob recomputes and announces each marked tenant
-- once, however many events arrived meanwhile.
create table coverage_refresh_due (
    tenant_id varchar(63) primary key,
    marked_at timestamptz not null default now()
);
