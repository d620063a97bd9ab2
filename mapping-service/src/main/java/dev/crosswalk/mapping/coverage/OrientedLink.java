package dev.crosswalk.mapping.coverage;

import dev.crosswalk.mapping.crosswalk.Relationship;

/**
 * An effective crosswalk link read towards the requirement being assessed: "{@code fromRef}
 * (the other framework) RELATIONSHIP {@code toRef}". {@code relationship} equal or superset_of means
 * the other requirement covers this one in full.
 */
public record OrientedLink(String fromRef, String toRef, Relationship relationship, int strength) {
}
