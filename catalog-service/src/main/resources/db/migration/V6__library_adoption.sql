-- A control adopted from the common control library remembers which one and the library version then; a tenant
-- adopts each library control at most once.
alter table tenant_control
    add column library_id      varchar(32),
    add column library_version varchar(16);
create unique index tenant_control_library on tenant_control (tenant_id, library_id) where library_id is not null;
