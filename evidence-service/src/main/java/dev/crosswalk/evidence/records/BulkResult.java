package dev.crosswalk.evidence.records;

import dev.crosswalk.support.problem.Problem;
import java.util.List;
import java.util.UUID;

/** Outcome of a bulk submission: one result per item, in input order. */
public record BulkResult(int created, int replayed, int rejected, List<Item> results) {

    public enum Outcome { created, replayed, rejected }

    public record Item(int index, Outcome outcome, UUID id, Problem problem) {
    }
}
