package dev.crosswalk.catalog.risk;

import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import java.util.List;

/** Optional filters of the risk list; null means "any". */
public record RiskFilter(RiskTreatment treatment, RiskStatus status, String owner, Integer minScore) {
    static final int MAX_SCORE = 25;

    /** Reads the raw query parameters; a bad value is a 400 problem naming the parameter. */
    static RiskFilter of(String treatment, String status, String owner, String minScore) {
        return new RiskFilter(QueryParams.optionalEnum(treatment, RiskTreatment.class, "treatment"),
                QueryParams.optionalEnum(status, RiskStatus.class, "status"),
                QueryParams.optionalText(owner, "owner"), score(minScore));
    }

    private static Integer score(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int score = Integer.parseInt(value.strip());
            if (score >= 1 && score <= MAX_SCORE) {
                return score;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        String message = "must be a whole number from 1 to " + MAX_SCORE;
        throw new ProblemException(ProblemType.BAD_PARAMETER, "Query parameter 'minScore' " + message,
                List.of(new Problem.FieldError("minScore", message)));
    }
}
