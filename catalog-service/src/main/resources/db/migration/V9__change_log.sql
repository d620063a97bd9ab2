-- Every write through the API lands in the change log (db/changelog) in the same transaction: these triggers name
-- what is captured. Lock versions are not logged; a decision's or scope's version is its business number and is.
create trigger change_log after insert or update or delete on tenant_control for each row
    execute function change_log_capture('tenant_control', 'id', 'tenant_id', 'version');
create trigger change_log after insert or update or delete on risk for each row
    execute function change_log_capture('risk', 'id', 'tenant_id', 'version');
create trigger change_log after insert or update or delete on risk_control for each row
    execute function change_log_capture('risk_control', 'risk_id,control_id', 'risk.id=risk_id', '');
create trigger change_log after insert or update or delete on scope_version for each row
    execute function change_log_capture('scope_version', 'id', 'tenant_id', '');
create trigger change_log after insert or update or delete on applicability_decision for each row
    execute function change_log_capture('applicability_decision', 'id', 'tenant_id', '');
create trigger change_log after insert or update or delete on soc2_scope_decision for each row
    execute function change_log_capture('soc2_scope_decision', 'id', 'tenant_id', '');
create trigger change_log after insert or update or delete on isms_audit for each row
    execute function change_log_capture('isms_audit', 'id', 'tenant_id', 'version');
create trigger change_log after insert or update or delete on audit_finding for each row
    execute function change_log_capture('audit_finding', 'id', 'tenant_id', 'version');
create trigger change_log after insert or update or delete on corrective_action for each row
    execute function change_log_capture('corrective_action', 'id', 'tenant_id', 'version');
-- Data every tenant shares, written by the operator only.
create trigger change_log after insert or update or delete on framework for each row
    execute function change_log_capture('framework', 'id', '', '');
create trigger change_log after insert or update or delete on requirement_group for each row
    execute function change_log_capture('requirement_group', 'framework_id,code', '', 'id');
create trigger change_log after insert or update or delete on requirement for each row
    execute function change_log_capture('requirement', 'framework_id,ref', '', 'id');
