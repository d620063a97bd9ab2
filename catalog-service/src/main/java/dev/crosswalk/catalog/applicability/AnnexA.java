package dev.crosswalk.catalog.applicability;

import dev.crosswalk.catalog.framework.Requirement;
import dev.crosswalk.catalog.framework.RequirementKind;
import java.util.List;
import java.util.Optional;

/** The controls a Statement of Applicability decides on: the Annex A controls of ISO/IEC 27001:2022. */
final class AnnexA {
    static final String FRAMEWORK = "iso27001:2022";

    private AnnexA() {
    }

    /** The Annex A control with this ref; empty for clauses, other frameworks' ids and unknown refs. */
    static Optional<Requirement> find(String ref) {
        return Requirement.findByRef(FRAMEWORK, ref).filter(r -> r.kind == RequirementKind.annex_control);
    }

    static List<Requirement> all() {
        return Requirement.list("frameworkId = ?1 and kind = ?2 order by position", FRAMEWORK, RequirementKind.annex_control);
    }
}
