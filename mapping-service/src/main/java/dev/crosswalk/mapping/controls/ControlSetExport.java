package dev.crosswalk.mapping.controls;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.controls.KnownControl;
import dev.crosswalk.mapping.reports.ReportTable;
import dev.crosswalk.rules.ControlSetColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's control set with its mappings, in the columns catalog-service's spreadsheet import reads: exporting
 * one tenant and importing the file into another gives the same control set.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ControlSetExport {
    static final String ISO = "iso27001:2022";
    static final String SOC2 = "soc2-tsc:2017";

    /** One control as a row of the sheet. */
    public record ControlRow(String ref, String name, String description, String owner, String frequency,
                             List<String> iso27001_2022, List<String> soc2_tsc_2017) {
    }

    /** The control set as JSON: the same rows. */
    public record ControlSet(String tenantId, List<String> columns, List<ControlRow> controls) {
    }

    @Inject
    ControlDirectory directory;

    public ControlSet of(String tenantId) {
        Map<UUID, Map<String, List<String>>> mapped = new HashMap<>();
        for (ControlMapping m : ControlMapping.<ControlMapping>list("tenantId = ?1 order by id", tenantId)) {
            mapped.computeIfAbsent(m.controlId, c -> new HashMap<>()).computeIfAbsent(m.framework, f -> new ArrayList<>())
                    .add(m.requirementRef);
        }
        List<ControlRow> rows = directory.liveControlsById(tenantId).values().stream()
                .sorted(Comparator.comparing(KnownControl::refCode))
                .map(c -> {
                    Map<String, List<String>> of = mapped.getOrDefault(c.id(), Map.of());
                    return new ControlRow(c.refCode(), c.name(), c.description(), c.owner(),
                            c.frequency() == null ? null : c.frequency().name(), sorted(of.get(ISO)), sorted(of.get(SOC2)));
                }).toList();
        return new ControlSet(tenantId, ControlSetColumns.ALL, rows);
    }

    private static List<String> sorted(List<String> refs) {
        return refs == null ? List.of() : refs.stream().sorted(dev.crosswalk.mapping.crosswalk.RefOrder.COMPARATOR).toList();
    }

    public static ReportTable table(ControlSet set) {
        List<List<Object>> rows = new ArrayList<>();
        for (ControlRow r : set.controls()) {
            rows.add(java.util.Arrays.asList(r.ref(), r.name(), r.description(), r.owner(), r.frequency(),
                    r.iso27001_2022(), r.soc2_tsc_2017()));
        }
        return new ReportTable("Controls", ControlSetColumns.ALL, rows);
    }
}
