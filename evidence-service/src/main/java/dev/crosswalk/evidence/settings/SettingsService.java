package dev.crosswalk.evidence.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

@ApplicationScoped
@Transactional
public class SettingsService {

    @Transactional(Transactional.TxType.SUPPORTS)
    public SettingsView of(String tenantId) {
        EvidenceSettings stored = EvidenceSettings.findById(tenantId);
        return stored == null ? SettingsView.DEFAULTS : SettingsView.of(stored);
    }

    public SettingsView update(String tenantId, SettingsRequest request, String subject) {
        EvidenceSettings settings = EvidenceSettings.findById(tenantId);
        if (settings == null) {
            settings = new EvidenceSettings();
            settings.tenantId = tenantId;
        }
        settings.segregationOfDuties = request.segregationOfDuties();
        settings.updatedBy = subject;
        settings.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        settings.persist();
        return SettingsView.of(settings);
    }
}
