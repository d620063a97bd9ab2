-- A restatement publishes the current state of everything a service owns as events (e.g. control.restated),
-- so a consumer can rebuild its projections after Kafka's retention dropped the events that made them. It
-- runs page by page, each page and the cursor after it in one transaction: a restart resumes it where it was.
create table restatement (
    id              uuid         primary key,
    requested_at    timestamptz  not null,
    requested_by    varchar(200) not null,
    source_position integer      not null default 0,
    cursor_key      varchar(400),
    announced       bigint       not null default 0,
    total           bigint       not null,
    finished_at     timestamptz
);
-- one restatement runs at a time; asking again while it runs answers the running one
create unique index restatement_running on restatement ((true)) where finished_at is null;
