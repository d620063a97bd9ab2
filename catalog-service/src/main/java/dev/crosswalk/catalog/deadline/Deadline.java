package dev.crosswalk.catalog.deadline;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something due on a date: an audit to start, a corrective action to finish, a risk treatment to
 * complete. {@code overdue} when the date has passed; {@code daysLeft} is negative then.
 */
public record Deadline(Kind kind, UUID id, String title, LocalDate date, boolean overdue, long daysLeft,
                       String owner, String href) {

    public enum Kind {
        audit, corrective_action, risk_treatment;
    }
}
