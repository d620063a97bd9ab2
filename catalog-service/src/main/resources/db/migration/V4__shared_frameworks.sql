-- Frameworks are shared by every tenant, so only the platform operator may add one. Until now any
-- tenant's key could import one, and nothing recorded which tenant did. Frameworks imported through
-- the API before this migration are therefore withheld from tenants: the operator sees them, can
-- check them and share them (POST .../frameworks/{id}/share) or leave them withheld. Bundled ones
-- (ISO 27001:2022 and 2013, SOC 2 TSC) stay shared. From now on the operator who imported is recorded.
alter table framework add column shared boolean not null default true;
alter table framework add column imported_by varchar(200);
update framework set shared = false where origin = 'imported';
