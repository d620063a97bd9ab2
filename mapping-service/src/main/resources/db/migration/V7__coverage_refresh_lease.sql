-- A refresh used to delete its tenant's mark first and hold that delete open while it computed coverage, so
-- an evidence batch marking the same tenant waited for the whole computation (pg_stat_statements in the
-- evidence-to-coverage bench: the mark was mapping-service's costliest statement). Now a refresh claims the
-- mark for a while in a short transaction, computes and announces, and deletes the mark only if no batch
-- marked the tenant again meanwhile (the generation moved); a refresh that dies leaves its claim to expire.
alter table coverage_refresh_due add column generation bigint not null default 0;
alter table coverage_refresh_due add column claimed_until timestamptz;
create index coverage_refresh_due_by_marked on coverage_refresh_due (marked_at);
