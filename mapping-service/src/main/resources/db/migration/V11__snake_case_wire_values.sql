-- Inclusion reasons arrive snake_case from catalog.events now (risk_treatment, best_practice); decisions
-- projected before keep their former spelling until rewritten here. SoA snapshots stay as they were taken.
update applicability_state
   set reasons = replace(reasons, '-', '_')
 where reasons like '%-%';
