package dev.crosswalk.rules;

import java.util.List;

/**
 * The columns of a control-set spreadsheet: what mapping-service exports and catalog-service imports, so a control set
 * exported from one tenant imports into another as the same set. Requirement cells list refs separated by {@code ; }.
 */
public final class ControlSetColumns {
    public static final String REF = "ref";
    public static final String ISO27001_2022 = "iso27001_2022";
    public static final String SOC2_TSC_2017 = "soc2_tsc_2017";
    public static final List<String> ALL = List.of(REF, "name", "description", "owner", "frequency", ISO27001_2022,
            SOC2_TSC_2017);

    private ControlSetColumns() {
    }
}
