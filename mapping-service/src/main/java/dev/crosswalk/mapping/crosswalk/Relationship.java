package dev.crosswalk.mapping.crosswalk;

/**
 * Set-theory relationship of a crosswalk link, read "source RELATIONSHIP target" (NIST IR 8477).
 * The wire value is the constant's name; {@link #oscal()} is the OSCAL mapping-collection spelling.
 */
public enum Relationship {
    /** Source and target ask for the same thing. */
    equal,
    /** The source is narrower: meeting it meets only part of the target. */
    subset_of,
    /** The source is broader: meeting it meets all of the target. */
    superset_of,
    /** Each has content the other lacks. */
    intersects_with,
    /** Explicitly unrelated (used by tenant overrides that reject a link). */
    no_relationship;

    /** Relationships under which meeting the source fully meets the target. */
    public static final java.util.Set<Relationship> SOURCE_COVERS_TARGET =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(equal, superset_of));
    /** Relationships under which meeting the target fully meets the source. */
    public static final java.util.Set<Relationship> TARGET_COVERS_SOURCE =
            java.util.Collections.unmodifiableSet(java.util.EnumSet.of(equal, subset_of));

    public String oscal() {
        return switch (this) {
            case equal -> "equal-to";
            case subset_of -> "subset-of";
            case superset_of -> "superset-of";
            case intersects_with -> "intersects-with";
            case no_relationship -> "no-relationship";
        };
    }

    /** The same link read from the target's side. */
    public Relationship inverse() {
        return switch (this) {
            case subset_of -> superset_of;
            case superset_of -> subset_of;
            default -> this;
        };
    }
}
