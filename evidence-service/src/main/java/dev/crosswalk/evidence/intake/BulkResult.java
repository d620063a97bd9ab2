package dev.crosswalk.evidence.intake;

import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import java.util.List;
import java.util.UUID;

/** Outcome of a bulk submission: one result per item, in input order. */
public record BulkResult(int created, int replayed, int rejected, List<Item> results) {

    public enum Outcome { created, replayed, rejected }

    public record Item(int index, Outcome outcome, UUID id, Problem problem) {

        static Item created(int index, UUID id) {
            return new Item(index, Outcome.created, id, null);
        }

        static Item replayed(int index, UUID id) {
            return new Item(index, Outcome.replayed, id, null);
        }

        static Item rejected(int index, ProblemException problem) {
            return new Item(index, Outcome.rejected, null, problem.toProblem());
        }
    }

    static BulkResult of(List<Item> results) {
        int created = count(results, Outcome.created);
        int replayed = count(results, Outcome.replayed);
        return new BulkResult(created, replayed, results.size() - created - replayed, results);
    }

    private static int count(List<Item> results, Outcome outcome) {
        return (int) results.stream().filter(item -> item.outcome() == outcome).count();
    }
}
