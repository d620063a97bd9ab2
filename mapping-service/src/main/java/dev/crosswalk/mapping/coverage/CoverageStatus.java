package dev.crosswalk.mapping.coverage;

/** Coverage of one requirement for one tenant, from worst to best (the order is used to combine). */
public enum CoverageStatus {
    gap, partial, satisfied, not_applicable;

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
