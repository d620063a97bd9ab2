package dev.crosswalk.mapping.crosswalk;

/**
 * The theme (ISO 27001:2022), category (SOC 2 TSC) or domain (ISO 27001:2013) of a requirement,
 * read from its ref: the numbering of the standards encodes it (A.5 organizational ... A.8
 * technological; CC security, A1 availability, C1 confidentiality, PI1 processing integrity, P privacy).
 */
public final class RequirementGroups {
    private RequirementGroups() {
    }

    public static String of(String framework, String ref) {
        if (framework.startsWith("soc2-tsc")) {
            if (ref.startsWith("CC")) {
                return "security";
            }
            if (ref.startsWith("PI")) {
                return "processing_integrity";
            }
            if (ref.startsWith("A")) {
                return "availability";
            }
            if (ref.startsWith("C")) {
                return "confidentiality";
            }
            return ref.startsWith("P") ? "privacy" : "other";
        }
        if (!ref.startsWith("A.")) {
            return "clause";
        }
        if (framework.equals("iso27001:2013")) {
            String[] parts = ref.split("\\.");
            return parts.length > 1 ? "A." + parts[1] : "other";
        }
        if (ref.startsWith("A.5.")) {
            return "organizational";
        }
        if (ref.startsWith("A.6.")) {
            return "people";
        }
        if (ref.startsWith("A.7.")) {
            return "physical";
        }
        return ref.startsWith("A.8.") ? "technological" : "other";
    }
}
