-- A row the broker refuses (too large, not serialisable) no longer blocks the relay: each refusal is counted
-- with its error, and after outbox.max-attempts the row is parked (parked_at): left out of relaying, listed
-- for the operator, who can retry it. The relay's index covers only rows it may still publish.
alter table outbox_event add column attempts integer not null default 0;
alter table outbox_event add column last_error varchar(2000);
alter table outbox_event add column parked_at timestamptz;
drop index outbox_event_unpublished;
create index outbox_event_unpublished on outbox_event (seq) where published_at is null and parked_at is null;
create index outbox_event_parked on outbox_event (seq) where parked_at is not null;
