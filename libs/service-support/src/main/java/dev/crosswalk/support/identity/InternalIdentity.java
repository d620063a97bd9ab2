package dev.crosswalk.support.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/**
 * The identity the gateway vouches for, passed to the services as a short-lived JWT (HS256, secret
 * shared by the gateway and the services) in the {@value #HEADER} header. Services trust nothing else:
 * a request that went around the gateway has no valid one.
 */
public final class InternalIdentity {
    public static final String HEADER = "X-Crosswalk-Identity";
    public static final String ISSUER = "crosswalk-gateway";
    public static final int LIFETIME_SECONDS = 60;
    public static final int MIN_SECRET_BYTES = 32;
    /** Granted by the gateway to the platform operator only; needed to write data every tenant sees. */
    public static final String OPERATOR_SCOPE = "platform:write";
    /** The claim of an auditor-scoped identity: {@code {"auditId", "from", "to", "frameworks"}}. */
    static final String AUDITOR_CLAIM = "auditor";

    /**
     * A verified identity: the tenant, who called, the scopes the gateway granted and, for an auditor's key,
     * what it is limited to (null for every other caller).
     */
    public record Claims(String tenantId, String subject, List<String> scopes, AuditorScope auditor) {
        public Claims(String tenantId, String subject, List<String> scopes) {
            this(tenantId, subject, scopes, null);
        }

        public Optional<AuditorScope> auditorScope() {
            return Optional.ofNullable(auditor);
        }
    }

    /** Verified claims and the moment their token expires. */
    public record Verified(Claims claims, Instant expiresAt) {
    }

    private InternalIdentity() {
    }

    public static String sign(String secret, String tenantId, String subject, List<String> scopes) {
        return sign(secret, tenantId, subject, scopes, null);
    }

    /** As {@link #sign(String, String, String, List)}, limited to an auditor's scope when one is given. */
    public static String sign(String secret, String tenantId, String subject, List<String> scopes, AuditorScope auditor) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(LIFETIME_SECONDS / 60f);
        claims.setGeneratedJwtId();
        claims.setClaim("tenant", tenantId);
        claims.setStringListClaim("scopes", scopes);
        if (auditor != null) {
            claims.setClaim(AUDITOR_CLAIM, auditorClaim(auditor));
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(key(secret));
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign the internal identity", e);
        }
    }

    /** The identity in a token, or empty when the token is missing, forged, expired or not the gateway's. */
    public static Optional<Claims> verify(String secret, String token) {
        return verifyUntil(secret, token).map(Verified::claims);
    }

    /** As {@link #verify}, with the token's expiry, for callers that remember verified tokens. */
    public static Optional<Verified> verifyUntil(String secret, String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setMaxFutureValidityInMinutes(5)
                .setAllowedClockSkewInSeconds(5)
                .setExpectedIssuer(ISSUER)
                .setVerificationKey(key(secret))
                .setJwsAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.HMAC_SHA256)
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token.strip());
            String tenant = claims.getStringClaimValue("tenant");
            if (tenant == null) {
                return Optional.empty();
            }
            List<String> scopes = claims.hasClaim("scopes") ? claims.getStringListClaimValue("scopes") : List.of();
            AuditorScope auditor = claims.hasClaim(AUDITOR_CLAIM) ? auditor(claims.getClaimValue(AUDITOR_CLAIM)) : null;
            return Optional.of(new Verified(new Claims(tenant, claims.getSubject(), scopes, auditor),
                    Instant.ofEpochMilli(claims.getExpirationTime().getValueInMillis())));
        } catch (InvalidJwtException | MalformedClaimException | IllegalArgumentException e) {
            // a restriction that cannot be read refuses the token: ignoring it would widen an auditor to a reader
            return Optional.empty();
        }
    }

    private static Map<String, Object> auditorClaim(AuditorScope auditor) {
        Map<String, Object> claim = new LinkedHashMap<>();
        if (auditor.auditId() != null) {
            claim.put("auditId", auditor.auditId());
        }
        claim.put("from", auditor.from().toString());
        claim.put("to", auditor.to().toString());
        claim.put("frameworks", auditor.frameworks());
        return claim;
    }

    private static AuditorScope auditor(Object claim) {
        if (!(claim instanceof Map<?, ?> fields) || !(fields.get("frameworks") instanceof List<?> frameworks)
                || !frameworks.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException("Malformed auditor claim");
        }
        try {
            Object auditId = fields.get("auditId");
            return new AuditorScope(auditId == null ? null : auditId.toString(), LocalDate.parse(String.valueOf(fields.get("from"))),
                    LocalDate.parse(String.valueOf(fields.get("to"))), frameworks.stream().map(String.class::cast).toList());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Malformed auditor claim", e);
        }
    }

    private static HmacKey key(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalStateException("The internal identity secret must have at least " + MIN_SECRET_BYTES + " bytes");
        }
        return new HmacKey(bytes);
    }
}
