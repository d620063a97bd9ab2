package dev.crosswalk.catalog.framework;

import java.time.Instant;
import java.util.List;

/** The API's views of frameworks and requirements (records apart from the entities). */
public final class FrameworkViews {
    private FrameworkViews() {
    }

    public record FrameworkSummary(String id, String name, String version, String publisher, String description,
                                   String origin, Instant importedAt, boolean shared, long requirementCount) {
    }

    public record GroupCount(String code, String title, long requirementCount) {
    }

    public record FrameworkDetail(String id, String name, String version, String publisher, String description,
                                  String origin, Instant importedAt, boolean shared, long requirementCount,
                                  List<GroupCount> groups, long newInVersionCount) {
    }

    public record RequirementView(String frameworkId, String ref, String title, RequirementKind kind, String group,
                                  String parentRef, boolean newInVersion) {
        static RequirementView of(Requirement r) {
            return new RequirementView(r.frameworkId, r.ref, r.title, r.kind, r.groupCode, r.parentRef, r.newInVersion);
        }
    }

    public record RequirementRef(String ref, String title) {
        static RequirementRef of(Requirement r) {
            return new RequirementRef(r.ref, r.title);
        }
    }

    public record RequirementDetail(String frameworkId, String ref, String title, RequirementKind kind, String group,
                                    String groupTitle, boolean newInVersion, RequirementRef parent,
                                    List<RequirementRef> children) {
    }
}
