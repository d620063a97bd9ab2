-- The verified subjects that submitted and last reviewed each record, as evidence.events carries them (null when
-- unknown: not reviewed yet, or projected from an event older than these fields). The SOC 2 report compares
-- them to show whether a record's review was made by someone other than its submitter.
alter table evidence_state
    add column submitted_by varchar(200),
    add column reviewed_by  varchar(200);

-- Who took a snapshot is the verified subject; what the client typed is kept apart. Older rows held only what the
-- client typed, so that moves to the name column and the verified one stays empty.
alter table soa_snapshot add column taken_by_name varchar(200);
alter table soa_snapshot alter column taken_by drop not null;
update soa_snapshot set taken_by_name = taken_by, taken_by = null;
