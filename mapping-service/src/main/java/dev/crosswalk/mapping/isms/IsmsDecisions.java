package dev.crosswalk.mapping.isms;

import dev.crosswalk.controls.CatalogProjection;
import dev.crosswalk.events.ApplicabilityEventData;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.RiskEventData;
import dev.crosswalk.events.ScopeEventData;
import dev.crosswalk.events.Soc2ScopeEventData;
import dev.crosswalk.mapping.coverage.CoverageAnnouncer;
import dev.crosswalk.support.events.IncomingEvent;
import dev.crosswalk.support.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The tenant's Statement of Applicability decisions, risk register and scopes (ISMS and SOC 2) as the catalog announced them
 * on {@code catalog.events}; reports read them here, never from the catalog's tables. An older
 * snapshot never overwrites a newer one, and each event is applied once.
 */
@ApplicationScoped
@Transactional
public class IsmsDecisions extends CatalogProjection {
    @Inject
    CoverageAnnouncer announcer;

    private static final Logger LOG = Logger.getLogger(IsmsDecisions.class);
    private static final Set<String> DECISIONS = Set.of(CatalogEventTypes.APPLICABILITY_DECIDED,
            CatalogEventTypes.APPLICABILITY_RESTATED);
    private static final Set<String> SCOPES = Set.of(CatalogEventTypes.SOC2_SCOPE_DECIDED,
            CatalogEventTypes.SOC2_SCOPE_RESTATED);
    private static final Set<String> ISMS_SCOPES = Set.of(CatalogEventTypes.SCOPE_RECORDED,
            CatalogEventTypes.SCOPE_RESTATED);
    private static final Set<String> TYPES = Set.of(CatalogEventTypes.APPLICABILITY_DECIDED,
            CatalogEventTypes.APPLICABILITY_RESTATED, CatalogEventTypes.RISK_CREATED, CatalogEventTypes.RISK_UPDATED,
            CatalogEventTypes.RISK_DELETED, CatalogEventTypes.RISK_RESTATED, CatalogEventTypes.SOC2_SCOPE_DECIDED,
            CatalogEventTypes.SOC2_SCOPE_RESTATED, CatalogEventTypes.SCOPE_RECORDED, CatalogEventTypes.SCOPE_RESTATED);

    /** A current applicability decision. */
    public record Decision(String requirementRef, boolean applicable, String justification, List<String> reasons,
                           List<UUID> riskIds, String decidedBy, Instant decidedAt) {
    }

    /** A live risk of the register. */
    public record Risk(UUID id, String title, String owner, int inherentScore, Integer residualScore, String treatment,
                       List<UUID> controlIds) {
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> types() {
        return TYPES;
    }

    @Override
    protected String consumerSuffix() {
        return "/isms";
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!firstDelivery(event)) {
            return;
        }
        if (ISMS_SCOPES.contains(event.type())) {
            event.dataAs(ScopeEventData.class, objectMapper)
                    .filter(d -> event.tenantId().equals(d.tenantId()) && d.recordedAt() != null)
                    .ifPresentOrElse(this::store, () -> skip(event));
        } else if (SCOPES.contains(event.type())) {
            event.dataAs(Soc2ScopeEventData.class, objectMapper)
                    .filter(d -> event.tenantId().equals(d.tenantId()) && d.categories() != null)
                    .ifPresentOrElse(this::store, () -> skip(event));
        } else if (DECISIONS.contains(event.type())) {
            event.dataAs(ApplicabilityEventData.class, objectMapper)
                    .filter(d -> event.tenantId().equals(d.tenantId()) && d.requirementId() != null)
                    .ifPresentOrElse(this::store, () -> skip(event));
        } else {
            event.dataAs(RiskEventData.class, objectMapper)
                    .filter(d -> event.tenantId().equals(d.tenantId()) && d.id() != null)
                    .ifPresentOrElse(d -> store(d, event.type().equals(CatalogEventTypes.RISK_DELETED)),
                            () -> skip(event));
        }
    }

    private void store(Soc2ScopeEventData d) {
        entityManager.createNativeQuery("""
                        insert into soc2_scope_state (tenant_id, categories, version) values (?1, ?2, ?3)
                        on conflict (tenant_id) do update set categories = excluded.categories, version = excluded.version
                        where soc2_scope_state.version <= excluded.version""")
                .setParameter(1, d.tenantId())
                .setParameter(2, String.join(",", d.categories()))
                .setParameter(3, d.version())
                .executeUpdate();
        // criteria in or out of the SOC 2 report move the tenant's coverage: recompute and announce it
        announcer.markDue(List.of(d.tenantId()));
    }

    private void store(ScopeEventData d) {
        entityManager.createNativeQuery("""
                        insert into isms_scope_state (tenant_id, summary, version, recorded_by, recorded_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (tenant_id) do update set summary = excluded.summary, version = excluded.version,
                            recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                        where isms_scope_state.version <= excluded.version""")
                .setParameter(1, d.tenantId())
                .setParameter(2, d.summary())
                .setParameter(3, d.version())
                .setParameter(4, d.recordedBy())
                .setParameter(5, Timestamp.from(d.recordedAt()))
                .executeUpdate();
    }

    /** The ISMS scope statement as a report prints it: its text, version and who recorded it. */
    public record IsmsScope(String summary, int version, String recordedBy) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<IsmsScope> ismsScope(String tenantId) {
        return tenantRow("select summary, version, recorded_by from isms_scope_state where tenant_id = ?1", tenantId)
                .map(row -> new IsmsScope((String) row[0], ((Number) row[1]).intValue(), (String) row[2]));
    }

    /** The TSC categories the tenant's SOC 2 report covers; empty until it decides (then every category is in). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Set<String>> soc2Scope(String tenantId) {
        @SuppressWarnings("unchecked")
        List<String> rows = entityManager.createNativeQuery("select categories from soc2_scope_state where tenant_id = ?1")
                .setParameter(1, tenantId).getResultList();
        return rows.stream().findFirst().map(categories -> Set.copyOf(Arrays.asList(categories.split(","))));
    }

    /** The SOC 2 scope as a report prints it: its categories and the version of the decision. */
    public record Soc2Scope(List<String> categories, long version) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<Soc2Scope> soc2ScopeDecision(String tenantId) {
        return tenantRow("select categories, version from soc2_scope_state where tenant_id = ?1", tenantId)
                .map(row -> new Soc2Scope(Arrays.asList(((String) row[0]).split(",")), ((Number) row[1]).longValue()));
    }

    /** The one row a per-tenant projection holds for the tenant, if any. */
    private java.util.Optional<Object[]> tenantRow(String sql, String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, tenantId).getResultList();
        return rows.stream().findFirst();
    }

    private static void skip(IncomingEvent event) {
        LOG.warnf("Skipping %s event %s: unreadable, or tenant or id missing or inconsistent", event.type(), event.id());
    }

    private void store(ApplicabilityEventData d) {
        entityManager.createNativeQuery("""
                        insert into applicability_state (tenant_id, requirement_ref, applicable, justification, reasons,
                            risk_ids, decided_by, decided_at, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (tenant_id, requirement_ref) do update
                        set applicable = excluded.applicable, justification = excluded.justification,
                            reasons = excluded.reasons, risk_ids = excluded.risk_ids, decided_by = excluded.decided_by,
                            decided_at = excluded.decided_at, version = excluded.version
                        where applicability_state.version <= excluded.version""")
                .setParameter(1, d.tenantId())
                .setParameter(2, d.requirementId())
                .setParameter(3, d.applicable())
                .setParameter(4, d.justification())
                .setParameter(5, joined(d.reasons()))
                .setParameter(6, joined(d.riskIds()))
                .setParameter(7, d.decidedBy())
                .setParameter(8, Timestamp.from(d.decidedAt() == null ? Instant.EPOCH : d.decidedAt()))
                .setParameter(9, d.version())
                .executeUpdate();
        // an Annex A control in or out of the SoA moves the tenant's ISO coverage: recompute and announce it
        announcer.markDue(List.of(d.tenantId()));
    }

    private void store(RiskEventData d, boolean deleted) {
        entityManager.createNativeQuery("""
                        insert into risk_state (tenant_id, risk_id, title, owner, inherent_score, residual_score,
                            treatment, control_ids, version, deleted)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (tenant_id, risk_id) do update
                        set title = excluded.title, owner = excluded.owner, inherent_score = excluded.inherent_score,
                            residual_score = excluded.residual_score, treatment = excluded.treatment,
                            control_ids = excluded.control_ids, version = excluded.version, deleted = excluded.deleted
                        where risk_state.version <= excluded.version""")
                .setParameter(1, d.tenantId())
                .setParameter(2, d.id())
                .setParameter(3, d.title() == null ? "" : d.title())
                .setParameter(4, d.owner())
                .setParameter(5, d.inherentScore())
                .setParameter(6, d.residualScore())
                .setParameter(7, d.treatment() == null ? "" : d.treatment())
                .setParameter(8, joined(d.controlIds()))
                .setParameter(9, d.version())
                .setParameter(10, deleted)
                .executeUpdate();
    }

    /** The tenant's current decisions by Annex A ref. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Decision> decisions(String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select requirement_ref, applicable, justification, reasons, risk_ids, decided_by, decided_at
                        from applicability_state where tenant_id = ?1""")
                .setParameter(1, tenantId)
                .getResultList();
        Map<String, Decision> decisions = new HashMap<>();
        for (Object[] row : rows) {
            decisions.put((String) row[0], new Decision((String) row[0], (Boolean) row[1], (String) row[2],
                    split((String) row[3]), uuids((String) row[4]), (String) row[5], SqlValues.instant(row[6])));
        }
        return decisions;
    }

    /** The tenant's live risks. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Risk> risks(String tenantId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select risk_id, title, owner, inherent_score, residual_score, treatment, control_ids
                        from risk_state where tenant_id = ?1 and not deleted""")
                .setParameter(1, tenantId)
                .getResultList();
        Map<UUID, Risk> risks = new HashMap<>();
        for (Object[] row : rows) {
            risks.put((UUID) row[0], new Risk((UUID) row[0], (String) row[1], (String) row[2], ((Number) row[3]).intValue(),
                    row[4] == null ? null : ((Number) row[4]).intValue(), (String) row[5], uuids((String) row[6])));
        }
        return risks;
    }

    private static String joined(List<?> values) {
        return values == null ? "" : String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    private static List<UUID> uuids(String value) {
        return split(value).stream().map(UUID::fromString).toList();
    }
}
