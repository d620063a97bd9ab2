-- Settings and review decisions land in the change log (db/changelog) in their transaction. Evidence records are
-- not logged row by row: each is itself an insert-only record of who submitted what and when, and is sealed in the
-- trail instead (below), one trail entry per intake transaction.
create trigger change_log after insert or update or delete on evidence_settings for each row
    execute function change_log_capture('evidence_settings', 'tenant_id', 'tenant_id', '');
create trigger change_log after insert or update or delete on evidence_review for each row
    execute function change_log_capture('evidence_review', 'id', 'tenant_id', '');

-- What the trail seals of an evidence record: everything fixed at submission (the review state, the supersession
-- pointer to a newer record and the expiry mark change by design, and are sealed where they are made: a review
-- entry, the newer record's supersedes_id), with the controls it is evidence for.
create function trail_canonical_evidence(refs text[]) returns table (ref text, content text)
language sql stable as $$
    select e.id::text, jsonb_build_object('id', e.id, 'tenant', e.tenant_id, 'kind', e.kind, 'title', e.title,
        'source_system', e.source_system, 'collected_at', trail_micros(e.collected_at),
        'valid_until', trail_micros(e.valid_until), 'result', e.result, 'artifact_sha256', e.artifact_sha256,
        'artifact_size', e.artifact_size, 'artifact_media_type', e.artifact_media_type, 'artifact_uri', e.artifact_uri,
        'metadata', e.metadata, 'submitter', e.submitter, 'submitter_name', e.submitter_name,
        'supersedes_id', e.supersedes_id, 'created_at', trail_micros(e.created_at),
        'controls', (select coalesce(jsonb_agg(jsonb_build_array(c.control_id, c.ref_code) order by c.control_id), '[]')
                     from evidence_control c where c.evidence_id = e.id))::text
    from evidence e where e.id = any (refs::uuid[])
$$;

create function trail_canonical_review(refs text[]) returns table (ref text, content text)
language sql stable as $$
    select r.id::text, jsonb_build_object('id', r.id, 'evidence_id', r.evidence_id, 'tenant', r.tenant_id,
        'decision', r.decision, 'reviewer', r.reviewer, 'reviewer_name', r.reviewer_name, 'comment', r.comment,
        'decided_at', trail_micros(r.decided_at))::text
    from evidence_review r where r.id = any (refs::uuid[])
$$;

-- Sealed records and reviews are not updated in place by the service (a review's state on the record is its own
-- column); a delete of either is refused like one of the log.
create trigger trail_append_only before update or delete on evidence_review
    for each row execute function trail_append_only();
