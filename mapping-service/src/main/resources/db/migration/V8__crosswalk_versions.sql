-- Crosswalk 2.0: a partial link says what the target asks for that the source does not give (residual);
-- a tenant's override of a link that a new crosswalk version changed or removed is flagged for review.
alter table crosswalk_link add column residual varchar(500);
alter table link_override add column needs_review boolean not null default false;
alter table link_override add column review_reason varchar(500);
