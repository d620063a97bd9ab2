package dev.crosswalk.gateway.keys;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.crosswalk.gateway.auth.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Keys recently verified against the database, so a script's burst of requests costs one key lookup
 * per {@link #TTL} instead of one per request. A key revoked here is forgotten at once; a key revoked
 * through another gateway replica stops working here within {@link #TTL}. A key past its expiry is never
 * answered from here, so it is refused, by the database lookup, the moment it expires.
 */
@ApplicationScoped
public class KeyCache {
    static final Duration TTL = Duration.ofSeconds(10);

    private record Verified(String secretHash, Principal principal, Instant expiresAt) {
    }

    private final Cache<UUID, Verified> verified = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(100_000).build();

    /** The principal of a presented key verified within the TTL; no database access, safe on the event loop. */
    public Optional<Principal> lookup(String presented) {
        return PresentedKey.parse(presented).flatMap(this::lookup);
    }

    Optional<Principal> lookup(PresentedKey key) {
        Verified entry = verified.getIfPresent(key.id());
        if (entry == null || !MessageDigest.isEqual(entry.secretHash().getBytes(StandardCharsets.US_ASCII),
                key.secretHash().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        if (entry.expiresAt() != null && !Instant.now().isBefore(entry.expiresAt())) {
            verified.invalidate(key.id());
            return Optional.empty();
        }
        return Optional.of(entry.principal());
    }

    void remember(PresentedKey key, Principal principal, Instant expiresAt) {
        verified.put(key.id(), new Verified(key.secretHash(), principal, expiresAt));
    }

    void forget(UUID keyId) {
        verified.invalidate(keyId);
    }
}
