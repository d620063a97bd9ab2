package dev.crosswalk.catalog.controlset;

import dev.crosswalk.catalog.control.TenantControl;
import dev.crosswalk.catalog.controlset.ControlSheet.SheetRow;
import dev.crosswalk.catalog.controlset.ImportResult.Action;
import dev.crosswalk.catalog.controlset.ImportResult.RowResult;
import dev.crosswalk.catalog.framework.Requirement;
import dev.crosswalk.catalog.library.ControlLibrary;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.ControlAdoptionEventData;
import dev.crosswalk.events.ControlFrequency;
import dev.crosswalk.rules.ControlSetColumns;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Imports a tenant's control set from a spreadsheet: every row is checked first (ref, name, frequency, lengths,
 * requirements of the bundled frameworks, refs repeated in the file, formulas); a dry run answers per row what would
 * happen; the import itself writes all rows in one transaction or, if any row is refused, none and answers a 422
 * problem naming each row and column. A row whose ref the tenant has is an update of that control (its status is
 * kept); its mappings become what the row lists ({@code control.imported}, applied by mapping-service).
 */
@ApplicationScoped
@Transactional
public class ControlSetImport {
    private static final String ISO = ControlLibrary.ISO_2022;
    private static final String SOC2 = ControlLibrary.SOC2;
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[;,\\s]+");

    @Inject
    OutboxWriter outbox;

    /** A row that passed every check: the control it states and its requirements. */
    private record Planned(SheetRow row, String ref, String name, String description, String owner,
                           ControlFrequency frequency, List<ControlAdoptionEventData.Requirement> requirements) {
    }

    public ImportResult importSheet(String tenantId, ControlSheet sheet, boolean dryRun) {
        TenantControl.lockControlSetOf(tenantId);
        Map<String, TenantControl> existing = new HashMap<>();
        TenantControl.<TenantControl>list("tenantId", tenantId).forEach(c -> existing.put(c.refCode, c));
        Map<String, Set<String>> known = Map.of(ISO, refs(ISO), SOC2, refs(SOC2));
        Map<String, Integer> firstRowOf = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            List<FieldError> problems = new ArrayList<>();
            Planned plan = check(row, known, firstRowOf, problems);
            if (!problems.isEmpty()) {
                results.add(new RowResult(row.number(), row.cell("ref"), Action.refused, 0, problems));
                continue;
            }
            TenantControl current = existing.get(plan.ref());
            Action action = current == null ? Action.create : changes(current, plan) ? Action.update : Action.unchanged;
            results.add(new RowResult(row.number(), plan.ref(), action, plan.requirements().size(), List.of()));
            planned.add(plan);
        }
        ImportResult result = result(dryRun, results);
        if (dryRun) {
            return result;
        }
        if (result.refused() > 0) {
            List<FieldError> errors = results.stream().flatMap(r -> r.problems().stream()).toList();
            throw new ProblemException(ProblemType.UNPROCESSABLE, result.refused() + " of " + results.size()
                    + " rows cannot be imported; nothing was imported", errors);
        }
        for (Planned plan : planned) {
            apply(tenantId, existing.get(plan.ref()), plan);
        }
        return result;
    }

    private void apply(String tenantId, TenantControl current, Planned plan) {
        TenantControl control = current;
        String type = null;
        if (control == null) {
            control = TenantControl.newOf(tenantId, plan.ref());
            type = CatalogEventTypes.CONTROL_CREATED;
        } else if (changes(control, plan)) {
            type = CatalogEventTypes.CONTROL_UPDATED;
        }
        if (type != null) {
            control.name = plan.name();
            control.description = plan.description();
            control.owner = plan.owner();
            control.frequency = plan.frequency();
            control.updatedAt = Instant.now();
            control.persistAndFlush();
            outbox.append(tenantId, type, control.id.toString(), control.eventData());
        }
        outbox.append(tenantId, CatalogEventTypes.CONTROL_IMPORTED, control.id.toString(),
                new ControlAdoptionEventData(control.id, tenantId, control.refCode, null, null, plan.requirements()));
    }

    private static boolean changes(TenantControl control, Planned plan) {
        return !Objects.equals(control.name, plan.name()) || !Objects.equals(control.description, plan.description())
                || !Objects.equals(control.owner, plan.owner()) || control.frequency != plan.frequency();
    }

    private static Planned check(SheetRow row, Map<String, Set<String>> known, Map<String, Integer> firstRowOf,
                                 List<FieldError> problems) {
        for (String column : row.formulas()) {
            problems.add(error(row, column, "holds a formula; give its value (formulas are never evaluated)"));
        }
        String ref = row.cell("ref");
        if (ref == null) {
            problems.add(error(row, "ref", "is required"));
        } else if (ref.length() > 64 || !REF.matcher(ref).matches()) {
            problems.add(error(row, "ref", "must be letters, digits, '.', '_' or '-', at most 64"));
        } else if (firstRowOf.putIfAbsent(ref, row.number()) != null) {
            problems.add(error(row, "ref", "'" + ref + "' is already on row " + firstRowOf.get(ref)));
        }
        String name = row.cell("name");
        if (name == null) {
            problems.add(error(row, "name", "is required"));
        } else if (name.length() > 200) {
            problems.add(error(row, "name", "must be at most 200 characters"));
        }
        String description = row.cell("description");
        if (description != null && description.length() > 4000) {
            problems.add(error(row, "description", "must be at most 4000 characters"));
        }
        String owner = row.cell("owner");
        if (owner != null && owner.length() > 200) {
            problems.add(error(row, "owner", "must be at most 200 characters"));
        }
        ControlFrequency frequency = frequency(row, problems);
        List<ControlAdoptionEventData.Requirement> requirements = new ArrayList<>();
        requirements(row, ControlSetColumns.ISO27001_2022, ISO, known.get(ISO), requirements, problems);
        requirements(row, ControlSetColumns.SOC2_TSC_2017, SOC2, known.get(SOC2), requirements, problems);
        return new Planned(row, ref, name, description, owner, frequency, requirements);
    }

    private static ControlFrequency frequency(SheetRow row, List<FieldError> problems) {
        String value = row.cell("frequency");
        if (value == null) {
            problems.add(error(row, "frequency", "is required"));
            return null;
        }
        return ControlFrequency.named(value).orElseGet(() -> {
            problems.add(error(row, "frequency", "'" + value + "' is not one of " + Arrays.toString(ControlFrequency.values())));
            return null;
        });
    }

    private static void requirements(SheetRow row, String column, String framework, Set<String> known,
                                     List<ControlAdoptionEventData.Requirement> into, List<FieldError> problems) {
        String value = row.cell(column);
        if (value == null) {
            return;
        }
        Set<String> refs = new LinkedHashSet<>(Arrays.asList(LIST_SEPARATOR.split(value)));
        refs.remove("");
        for (String ref : refs) {
            if (known.contains(ref)) {
                into.add(new ControlAdoptionEventData.Requirement(framework, ref));
            } else {
                problems.add(error(row, column, "'" + ref + "' is not a requirement of " + framework));
            }
        }
    }

    private static Set<String> refs(String framework) {
        Set<String> refs = new HashSet<>();
        Requirement.<Requirement>list("frameworkId", framework).forEach(r -> refs.add(r.ref));
        return refs;
    }

    private static FieldError error(SheetRow row, String column, String message) {
        return new FieldError("rows[" + row.number() + "]." + column, message);
    }

    private static ImportResult result(boolean dryRun, List<RowResult> rows) {
        return new ImportResult(dryRun, count(rows, Action.create), count(rows, Action.update),
                count(rows, Action.unchanged), count(rows, Action.refused), rows);
    }

    private static int count(List<RowResult> rows, Action action) {
        return (int) rows.stream().filter(r -> r.action() == action).count();
    }
}
