-- Frameworks already announced on catalog.events (framework.published), so each is announced once,
-- including those imported before the event existed.
create table framework_announcement (
    framework_id varchar(64) primary key references framework (id) on delete cascade,
    content_hash varchar(64) not null,
    announced_at timestamptz not null
);
