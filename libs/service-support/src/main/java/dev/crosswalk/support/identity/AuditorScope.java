package dev.crosswalk.support.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What an auditor's credential may see: one audit's period, whole UTC days from {@code from} to {@code to}
 * (both included), and the frameworks it covers (catalog ids such as {@code iso27001:2022}). The gateway signs
 * it into the identity of a key issued with an auditor restriction; {@link AuditorReadable} enforces it.
 * {@code auditId} names the audit it was issued for, when one was named; it is carried, not checked.
 */
public record AuditorScope(String auditId, LocalDate from, LocalDate to, List<String> frameworks) {
    public AuditorScope {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("An audit period cannot end before it starts");
        }
        frameworks = List.copyOf(frameworks);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean covers(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    public boolean allows(String framework) {
        return framework != null && frameworks.contains(framework.strip());
    }

    /** The period as people write it, for problem details. */
    public String period() {
        return from + " to " + to;
    }
}
