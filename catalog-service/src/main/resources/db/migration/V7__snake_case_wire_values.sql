-- Enumerated values are spelled snake_case on the wire, as they are stored; inclusion reasons were kept in
-- their former wire spelling (risk-treatment, best-practice) inside the jsonb array.
update applicability_decision
   set reasons = replace(reasons::text, '-', '_')::jsonb
 where reasons::text like '%-%';
