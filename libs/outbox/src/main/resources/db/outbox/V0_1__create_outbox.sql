-- Transactional outbox shared by every producing service: a row is written in the same transaction
-- as the change it announces, and OutboxRelay publishes it to Kafka afterwards.
create table outbox_event (
    seq          bigint generated always as identity primary key,
    id           uuid         not null unique,
    tenant_id    varchar(63)  not null,
    event_type   varchar(100) not null,
    subject      varchar(200) not null,
    payload      jsonb        not null,
    occurred_at  timestamptz  not null,
    published_at timestamptz
);

create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
