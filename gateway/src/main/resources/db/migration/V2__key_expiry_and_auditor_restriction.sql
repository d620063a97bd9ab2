-- Any key may expire. An auditor's key is also limited to one audit's period (whole UTC days, both included)
-- and frameworks (space-separated catalog ids), and always expires: the restriction needs an expiry.
alter table api_key
    add column expires_at          timestamptz,
    add column audit_id            uuid,
    add column audit_period_from   date,
    add column audit_period_to     date,
    add column audit_frameworks    varchar(500);

alter table api_key add constraint api_key_auditor_restriction check (
    (audit_period_from is null and audit_period_to is null and audit_frameworks is null and audit_id is null)
    or (audit_period_from is not null and audit_period_to is not null and audit_frameworks is not null
        and audit_period_from <= audit_period_to and expires_at is not null));
