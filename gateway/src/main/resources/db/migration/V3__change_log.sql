-- Tenants and their keys land in the change log (db/changelog) in the transaction of the change. A key's secret
-- hash never appears, nor its last use (bookkeeping, updated at most once a minute, not a change).
create trigger change_log after insert or update or delete on tenant for each row
    execute function change_log_capture('tenant', 'id', 'id', '');
create trigger change_log after insert or update or delete on api_key for each row
    execute function change_log_capture('api_key', 'id', 'tenant_id', 'secret_hash,last_used_at');
