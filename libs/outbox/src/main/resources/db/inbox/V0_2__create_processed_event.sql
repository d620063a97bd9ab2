-- Idempotent consumers: an event id is recorded in the same transaction as its effect, so a replayed
-- or duplicated event changes nothing.
create table processed_event (
    event_id     varchar(200) not null,
    consumer     varchar(100) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
