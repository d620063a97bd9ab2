package dev.crosswalk.bench.drills;

import java.util.UUID;

/** A drill tenant with one control, mapped to ISO A.5.15 and SOC 2 CC6.1. */
public record DrillTenant(String id, UUID control) {
    public static final String CONTROL_REF = "IAM-01";
}
