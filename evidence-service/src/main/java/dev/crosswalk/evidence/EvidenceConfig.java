package dev.crosswalk.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "evidence")
public interface EvidenceConfig {
    /** Validity of a record that states neither validUntil nor validForDays. */
    @WithDefault("P90D")
    Duration defaultValidity();

    /** A record whose validUntil falls within this window is reported as {@code expiring}. */
    @WithDefault("P30D")
    Duration expiringWindow();

    /** How far in the future collectedAt may lie (clock skew of the submitting system). */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** Items accepted in one bulk request. */
    @WithDefault("500")
    int maxBulkItems();

    /** Size of a record's free metadata, serialised as JSON. */
    @WithDefault("16384")
    int maxMetadataBytes();

    /** Pause between runs of the expiry job. */
    @WithDefault("60s")
    Duration expiryInterval();

    Artifacts artifacts();

    interface Artifacts {
        /** Directory of the content-addressed artifact store (a volume in production). */
        String dir();

        /** Largest artifact accepted. */
        @WithDefault("25M")
        String maxSize();
    }
}
