-- Who decided and who recorded are the verified subjects the gateway signed (key:<id>, user:<sub>); what a client
-- typed into the body is kept apart as a display name. Until now these columns held only what the client typed, so
-- those values move to the name columns, and the verified columns stay empty for older rows: nobody can tell any
-- more who really sent them. (soc2_scope_decision.decided_by was always the verified subject.)
alter table applicability_decision add column decided_by_name varchar(200);
alter table applicability_decision alter column decided_by drop not null;
update applicability_decision set decided_by_name = decided_by, decided_by = null;

alter table scope_version add column recorded_by_name varchar(200);
alter table scope_version alter column recorded_by drop not null;
update scope_version set recorded_by_name = recorded_by, recorded_by = null;
