package dev.crosswalk.mapping.coverage;

/**
 * Coverage of one requirement for one tenant, from worst to best (the order is used to combine).
 * {@code no_counterpart}: nothing of the tenant reaches it and the crosswalk declares that the other framework
 * has no counterpart for it (build it from scratch); it is a gap with that reason, never "partly covered".
 */
public enum CoverageStatus {
    no_counterpart, gap, partial, satisfied, not_applicable;

    static CoverageStatus best(CoverageStatus a, CoverageStatus b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
