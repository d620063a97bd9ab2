package dev.crosswalk.mapping.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Empties every projection this service keeps of other services' events, in one transaction, as the first
 * step of a rebuild; the catalog's and evidence-service's restatements then fill them again from the topics
 * (README: rebuilding the projections). What this service owns itself (control mappings, link overrides, SoA
 * snapshots, the shared crosswalk) and the coverage it last announced are kept: so a rebuild that ends where
 * the projections were announces nothing.
 */
@ApplicationScoped
public class ProjectionReset {
    /** Fed by catalog.events: controls, applicability decisions, risks, scopes, requirement titles; by evidence.events: the rest. */
    static final List<String> PROJECTIONS = List.of("known_control", "applicability_state", "risk_state", "soc2_scope_state", "isms_scope_state",
            "known_requirement", "evidence_state", "evidence_state_control", "control_evidence_summary",
            "control_evidence_day", "coverage_refresh_due");

    @Inject
    EntityManager entityManager;

    @Transactional
    public List<String> clear() {
        entityManager.createNativeQuery("truncate table " + String.join(", ", PROJECTIONS)).executeUpdate();
        return PROJECTIONS;
    }
}
