-- Settings and review decisions land in the change log (db/changelog) in their transaction. Evidence records are
-- not logged row by row: each is itself an insert-only record of who submitted what and when, and is sealed in the
-- trail instead, one trail entry per intake transaction.
create trigger change_log after insert or update or delete on evidence_settings for each row
    execute function change_log_capture('evidence_settings', 'tenant_id', 'tenant_id', '');
create trigger change_log after insert or update or delete on evidence_review for each row
    execute function change_log_capture('evidence_review', 'id', 'tenant_id', '');

-- What the trail seals of an evidence record is hashed by the service as it writes it (EvidenceSeal, kind
-- evidence); reviews are few and hashed here.
create function trail_canonical_review(refs text[]) returns table (ref text, content text)
language sql stable as $$
    select r.id::text, jsonb_build_object('id', r.id, 'evidence_id', r.evidence_id, 'tenant', r.tenant_id,
        'decision', r.decision, 'reviewer', r.reviewer, 'reviewer_name', r.reviewer_name, 'comment', r.comment,
        'decided_at', trail_micros(r.decided_at))::text
    from evidence_review r where r.id = any (refs::uuid[])
$$;

-- Review decisions are never changed or removed by the service (the record keeps the latest in its own columns);
-- the trigger refuses both, as for the log.
create trigger trail_append_only before update or delete on evidence_review
    for each row execute function trail_append_only();
