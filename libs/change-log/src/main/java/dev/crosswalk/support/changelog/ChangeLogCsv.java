package dev.crosswalk.support.changelog;

import dev.crosswalk.support.spreadsheet.FormulaCells;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * The change log as CSV (RFC 4180), every entry the filter matches, newest first, read a thousand at a time so a
 * long log streams without one long transaction. One row per entry; the changed fields stay one JSON cell.
 */
@ApplicationScoped
public class ChangeLogCsv {
    static final int CHUNK = 1000;
    static final String[] HEADER = {"id", "occurred_at", "subject", "credential", "entity", "entity_id", "operation",
        "changes"};

    @Inject
    ChangeLogEntries entries;

    public StreamingOutput export(String tenantId, ChangeLogFilter filter) {
        return output -> {
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get()
                    .print(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            Long before = null;
            List<ChangeLogEntry> chunk;
            do {
                chunk = entries.read(tenantId, filter, before, CHUNK);
                for (ChangeLogEntry e : chunk) {
                    print(csv, e);
                }
                before = chunk.isEmpty() ? null : chunk.getLast().id();
            } while (chunk.size() == CHUNK);
            csv.flush();
        };
    }

    /** Text from clients (ids, names in the changes) never runs as a formula where the file is opened. */
    private static String cell(String text) {
        return FormulaCells.escape(text);
    }

    private static void print(CSVPrinter csv, ChangeLogEntry e) {
        try {
            csv.printRecord(e.id(), e.occurredAt(), cell(e.subject()), e.credential(), cell(e.entity()),
                    cell(e.entityId()), e.operation(), cell(e.changes().toString()));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
