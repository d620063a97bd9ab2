package dev.crosswalk.catalog.applicability;

import java.util.List;

/** Every Annex A control with its current decision; the counts are over all 93, whatever the filter. */
public record StatementOfApplicability(String framework, int total, long applicable, long excluded, long undecided,
                                       List<DecisionView> items) {
}
