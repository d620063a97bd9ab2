package dev.crosswalk.mapping.reports;

import java.time.LocalDate;

/**
 * What a printed report says about itself: on every page of a spreadsheet (header and footer) and on the title
 * block of a PDF. {@code organisation} is the tenant id (the suite knows no display name for a tenant);
 * {@code scopeStatement} and {@code scopeVersion} are null when no scope is known, {@code approvedBy} when
 * nobody approved what is printed.
 */
public record ReportHeading(String organisation, String report, String scopeStatement, Long scopeVersion,
                            LocalDate date, String approvedBy) {

    public String scopeVersionText() {
        return scopeVersion == null ? "scope not recorded" : "scope version " + scopeVersion;
    }

    public String scopeStatementText() {
        return scopeStatement == null ? "not recorded" : scopeStatement;
    }

    public String approvedByText() {
        return approvedBy == null ? "not approved" : approvedBy;
    }
}
