package dev.crosswalk.evidence.settings;

import java.time.Instant;

/**
 * A tenant's evidence settings. {@code segregationOfDuties}: an acceptance by the subject that submitted the
 * record is refused. {@code updatedBy} (a verified subject) and {@code updatedAt} are null until the tenant
 * changes a default.
 */
public record SettingsView(boolean segregationOfDuties, String updatedBy, Instant updatedAt) {
    static final SettingsView DEFAULTS = new SettingsView(true, null, null);

    static SettingsView of(EvidenceSettings s) {
        return new SettingsView(s.segregationOfDuties, s.updatedBy, s.updatedAt);
    }
}
