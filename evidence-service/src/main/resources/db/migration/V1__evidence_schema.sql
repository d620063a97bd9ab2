-- Evidence records are append-only: a correction is a new record that supersedes the old one.
create table evidence (
    id                  uuid          primary key,
    tenant_id           varchar(63)   not null,
    kind                varchar(32)   not null,
    title               varchar(300)  not null,
    source_system       varchar(100),
    collected_at        timestamptz   not null,
    valid_until         timestamptz   not null,
    result              varchar(16)   not null,
    artifact_sha256     varchar(64),
    artifact_size       bigint,
    artifact_media_type varchar(100),
    artifact_uri        varchar(2000),
    metadata            jsonb,
    submitter           varchar(200)  not null,
    review_status       varchar(16)   not null,
    reviewed_by         varchar(200),
    reviewed_at         timestamptz,
    review_comment      varchar(2000),
    supersedes_id       uuid references evidence (id),
    superseded_by_id    uuid references evidence (id),
    expired_at          timestamptz,
    created_at          timestamptz   not null,
    idempotency_key     varchar(200),
    request_fingerprint varchar(64),
    version             bigint        not null,
    unique (tenant_id, idempotency_key)
);
create index evidence_by_tenant_created on evidence (tenant_id, created_at desc, id desc);
create index evidence_due_to_expire on evidence (valid_until) where expired_at is null and superseded_by_id is null;

-- Which controls a record is evidence for (one record can serve several controls).
create table evidence_control (
    evidence_id uuid        not null references evidence (id),
    tenant_id   varchar(63) not null,
    control_id  uuid        not null,
    ref_code    varchar(64) not null,
    primary key (evidence_id, control_id)
);
create index evidence_control_by_control on evidence_control (tenant_id, control_id, evidence_id);

-- Every review decision, in order; the record carries the latest.
create table evidence_review (
    id          uuid          primary key,
    evidence_id uuid          not null references evidence (id),
    tenant_id   varchar(63)   not null,
    decision    varchar(16)   not null,
    reviewer    varchar(200)  not null,
    comment     varchar(2000),
    decided_at  timestamptz   not null
);
create index evidence_review_by_evidence on evidence_review (evidence_id, decided_at);

-- Uploaded artifacts, content-addressed: the bytes are stored once per sha256 in the artifact directory.
create table artifact (
    tenant_id  varchar(63)  not null,
    sha256     varchar(64)     not null,
    size       bigint       not null,
    media_type varchar(100) not null,
    created_at timestamptz  not null,
    primary key (tenant_id, sha256)
);
