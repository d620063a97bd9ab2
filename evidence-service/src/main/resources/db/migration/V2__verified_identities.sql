-- Who submitted and who reviewed are the verified subjects the gateway signed (key:<id>, user:<sub>); what a
-- client typed into the body is kept apart as a display name. Until now these columns held only what the client
-- typed, so those values move to the name columns and the verified columns stay empty for older rows: nobody
-- can tell any more who really sent them.
alter table evidence add column submitter_name varchar(200);
alter table evidence add column reviewer_name varchar(200);
alter table evidence alter column submitter drop not null;
update evidence set submitter_name = submitter, submitter = null, reviewer_name = reviewed_by, reviewed_by = null;

alter table evidence_review add column reviewer_name varchar(200);
alter table evidence_review alter column reviewer drop not null;
update evidence_review set reviewer_name = reviewer, reviewer = null;

-- Per tenant; a tenant without a row has the defaults (segregation of duties on).
create table evidence_settings (
    tenant_id                    varchar(63)  primary key,
    segregation_of_duties        boolean      not null,
    updated_by                   varchar(200) not null,
    updated_at                   timestamptz  not null
);
