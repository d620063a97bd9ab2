package dev.crosswalk.catalog.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.crosswalk.events.ControlFrequency;
import dev.crosswalk.events.EvidenceKind;
import java.util.List;

/** The common control library as shipped ({@code library/common-controls.json}). */
public record LibraryDocument(String id, String version, String published, String description, List<Domain> domains,
                              List<LibraryControl> controls) {

    public record Domain(String id, String name) {
    }

    /** What proves a control: the evidence kind, what a reviewer looks for, and for automatable ones the check. */
    public record EvidenceGuidance(EvidenceKind kind, String lookFor, String check) {
    }

    /** One library control, mapped directly to requirements of both frameworks; a retired one is never adopted. */
    public record LibraryControl(String id, String domain, String name, String description, String ownerRole,
                                 ControlFrequency frequency, List<EvidenceGuidance> evidence,
                                 @JsonProperty("iso27001_2022") List<String> iso27001,
                                 @JsonProperty("soc2_tsc_2017") List<String> soc2, boolean retired) {

        public List<String> iso27001() {
            return iso27001 == null ? List.of() : iso27001;
        }

        public List<String> soc2() {
            return soc2 == null ? List.of() : soc2;
        }
    }
}
