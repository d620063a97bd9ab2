package dev.crosswalk.support.trail;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "crosswalk.trail")
public interface TrailConfig {
    /**
     * The service's checkpoint signing key: an Ed25519 private key as a JWK (kty OKP, crv Ed25519, d and x), see
     * {@link SigningKeys}. Without one the service makes
     * a key at start and says so in its log; checkpoints it signed cannot be checked by it after a restart.
     */
    Optional<String> signingKey();

    /** Names the service in the checkpoints it signs (e.g. catalog-service). */
    String service();
}
