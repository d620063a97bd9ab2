package dev.crosswalk.catalog.soc2scope;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.support.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The tenant's choice of TSC categories for its SOC 2 report, with its history and its event. */
@ApplicationScoped
@Transactional
public class Soc2ScopeService {
    @Inject
    OutboxWriter outbox;

    /** What a tenant has before it decides: all five categories, so coverage shows every criterion. */
    public record Scope(List<TscCategory> categories, int version, String decidedBy, Instant decidedAt) {
        static Scope of(Soc2ScopeDecision d) {
            return new Scope(d.categories, d.version, d.decidedBy, d.decidedAt);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Scope current(String tenantId) {
        return Soc2ScopeDecision.current(tenantId).map(Scope::of)
                .orElse(new Scope(Arrays.asList(TscCategory.values()), 0, null, null));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Scope> history(String tenantId) {
        return Soc2ScopeDecision.<Soc2ScopeDecision>list("tenantId = ?1 order by version desc", tenantId).stream()
                .map(Scope::of).toList();
    }

    /** Records a new choice; security is always in (a SOC 2 report without the common criteria is none). */
    public Scope decide(String tenantId, List<TscCategory> categories, String decidedBy) {
        Set<TscCategory> chosen = EnumSet.of(TscCategory.security);
        chosen.addAll(categories);
        Soc2ScopeDecision decision = new Soc2ScopeDecision();
        decision.id = UUID.randomUUID();
        decision.tenantId = tenantId;
        decision.version = Soc2ScopeDecision.current(tenantId).map(d -> d.version).orElse(0) + 1;
        decision.categories = List.copyOf(chosen);
        decision.decidedBy = decidedBy;
        decision.decidedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // the unique (tenant, version) key turns a concurrent decision into a 409, never a lost one
        decision.persistAndFlush();
        outbox.append(tenantId, CatalogEventTypes.SOC2_SCOPE_DECIDED, tenantId, decision.eventData());
        return Scope.of(decision);
    }
}
