package dev.crosswalk.gateway.keys;

import dev.crosswalk.gateway.auth.Principal;
import dev.crosswalk.gateway.auth.Scopes;
import dev.crosswalk.support.identity.AuditorScope;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Tenants and their API keys. A key reads {@code cwk_<id>_<secret>}; the secret is shown once and
 * only its SHA-256 is stored, compared in constant time. A key may expire, and an auditor's key always does
 * ({@link KeyTerms}); an expired key is refused with a problem that says so.
 */
@ApplicationScoped
@Transactional
public class KeyService {

    @jakarta.inject.Inject
    KeyCache cache;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();

    public record IssuedKey(UUID id, String tenantId, String name, Set<String> scopes, String key, Instant createdAt,
                            Instant expiresAt, AuditorRestriction auditor) {
    }

    public record KeyView(UUID id, String name, Set<String> scopes, Instant createdAt, Instant revokedAt,
                          Instant lastUsedAt, Instant expiresAt, AuditorRestriction auditor) {
    }

    public Tenant createTenant(String id, String name) {
        if (Tenant.findById(id) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Tenant '" + id + "' already exists");
        }
        Tenant tenant = new Tenant();
        tenant.id = id;
        tenant.name = name;
        tenant.createdAt = Instant.now();
        tenant.persist();
        return tenant;
    }

    public IssuedKey issue(String tenantId, String name, List<String> scopes, Instant expiresAt, AuditorRestriction auditor) {
        requireTenant(tenantId);
        Set<String> granted = new TreeSet<>(scopes);
        if (!Scopes.ALL.containsAll(granted) || granted.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Unknown or missing scopes",
                    List.of(new FieldError("scopes", "must be some of " + new TreeSet<>(Scopes.ALL))));
        }
        KeyTerms.check(granted, expiresAt, auditor, Instant.now());
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.tenantId = tenantId;
        key.name = name;
        key.secretHash = PresentedKey.sha256(secretText);
        key.scopes = String.join(" ", granted);
        key.createdAt = Instant.now();
        key.expiresAt = expiresAt;
        if (auditor != null) {
            key.auditId = auditor.auditId() == null ? null : UUID.fromString(auditor.auditId());
            key.auditPeriodFrom = auditor.periodFrom();
            key.auditPeriodTo = auditor.periodTo();
            key.auditFrameworks = String.join(" ", new TreeSet<>(auditor.frameworks()));
        }
        key.persist();
        String shown = PresentedKey.PREFIX + key.id.toString().replace("-", "") + "_" + secretText;
        return new IssuedKey(key.id, tenantId, name, granted, shown, key.createdAt, key.expiresAt, restriction(key));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<KeyView> keys(String tenantId) {
        requireTenant(tenantId);
        return ApiKey.<ApiKey>list("tenantId = ?1 order by createdAt", tenantId).stream()
                .map(k -> new KeyView(k.id, k.name, scopes(k), k.createdAt, k.revokedAt, k.lastUsedAt, k.expiresAt,
                        restriction(k))).toList();
    }

    public void revoke(String tenantId, String keyId) {
        Optional<UUID> id = dev.crosswalk.support.paging.QueryParams.uuid(keyId);
        ApiKey key = id.isEmpty() ? null : ApiKey.find("tenantId = ?1 and id = ?2", tenantId, id.get()).firstResult();
        if (key == null) {
            throw ProblemException.notFound("API key", keyId);
        }
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now();
        }
        cache.forget(key.id);
    }

    /**
     * The principal of a presented key, or empty when it is unknown, malformed or revoked; a 401 problem saying
     * so when it is the key but expired.
     */
    public Optional<Principal> authenticate(String presented) {
        Optional<PresentedKey> parsed = PresentedKey.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        PresentedKey candidate = parsed.get();
        Optional<Principal> recent = cache.lookup(candidate);
        if (recent.isPresent()) {
            return recent;
        }
        ApiKey key = ApiKey.findById(candidate.id());
        if (key == null || key.revokedAt != null || !MessageDigest.isEqual(
                key.secretHash.getBytes(StandardCharsets.US_ASCII), candidate.secretHash().getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (key.expiresAt != null && !now.isBefore(key.expiresAt)) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, "This API key expired at " + key.expiresAt);
        }
        if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            key.lastUsedAt = now;
        }
        Principal principal = new Principal(key.tenantId, "key:" + key.id, "api_key", scopes(key), auditorScope(key));
        cache.remember(candidate, principal, key.expiresAt);
        return Optional.of(principal);
    }

    private static AuditorRestriction restriction(ApiKey key) {
        if (key.auditPeriodFrom == null) {
            return null;
        }
        return new AuditorRestriction(key.auditId == null ? null : key.auditId.toString(), key.auditPeriodFrom,
                key.auditPeriodTo, List.of(key.auditFrameworks.split(" ")));
    }

    private static AuditorScope auditorScope(ApiKey key) {
        AuditorRestriction restriction = restriction(key);
        return restriction == null ? null : new AuditorScope(restriction.auditId(), restriction.periodFrom(),
                restriction.periodTo(), restriction.frameworks());
    }

    private static Set<String> scopes(ApiKey key) {
        return new TreeSet<>(Arrays.asList(key.scopes.split(" ")));
    }

    private static void requireTenant(String tenantId) {
        if (Tenant.findById(tenantId) == null) {
            throw ProblemException.notFound("Tenant", tenantId);
        }
    }
}
