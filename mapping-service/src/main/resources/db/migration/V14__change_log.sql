-- Every write through the API lands in the change log (db/changelog) in the same transaction: these triggers name
-- what is captured. Projections of other services' events (evidence, applicability, risks, scope) are not: they are
-- logged where they are written.
create trigger change_log after insert or update or delete on control_mapping for each row
    execute function change_log_capture('control_mapping', 'control_id,framework,requirement_ref', 'tenant_id', 'id');
create trigger change_log after insert or update or delete on link_override for each row
    execute function change_log_capture('link_override', 'crosswalk_id,source_ref,target_ref', 'tenant_id', 'id');
-- A snapshot's report is the whole SoA; it is kept by the snapshot itself, which the log names.
create trigger change_log after insert or update or delete on soa_snapshot for each row
    execute function change_log_capture('soa_snapshot', 'id', 'tenant_id', 'report');
-- The crosswalk every tenant shares, loaded from its data files when a new version ships.
create trigger change_log after insert or update or delete on crosswalk for each row
    execute function change_log_capture('crosswalk', 'id', '', '');
create trigger change_log after insert or update or delete on crosswalk_link for each row
    execute function change_log_capture('crosswalk_link', 'crosswalk_id,source_ref,target_ref', '', 'id');
create trigger change_log after insert or update or delete on crosswalk_unmapped for each row
    execute function change_log_capture('crosswalk_unmapped', 'crosswalk_id,framework,ref', '', 'id');
