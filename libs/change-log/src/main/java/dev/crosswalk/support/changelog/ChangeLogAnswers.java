package dev.crosswalk.support.changelog;

import dev.crosswalk.support.paging.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A tenant's change log as asked for: a json page (cursor, limit) or, with {@code format=csv}, every matching entry. */
@ApplicationScoped
public class ChangeLogAnswers {
    @Inject
    ChangeLogEntries entries;

    @Inject
    ChangeLogCsv csv;

    public Response answer(String tenantId, ChangeLogFilter filter, String cursor, String limit, String format,
                           String csvFileName) {
        if (format == null || format.isBlank() || format.strip().equals("json")) {
            return Response.ok(entries.page(tenantId, filter, ChangeLogFilter.cursor(cursor), ChangeLogFilter.limit(limit)),
                    MediaType.APPLICATION_JSON).build();
        }
        if (format.strip().equals("csv")) {
            return Response.ok(csv.export(tenantId, filter), "text/csv")
                    .header("Content-Disposition", "attachment; filename=\"" + csvFileName + "\"").build();
        }
        throw QueryParams.bad("format", "must be json or csv");
    }
}
