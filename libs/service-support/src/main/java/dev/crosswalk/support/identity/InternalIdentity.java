package dev.crosswalk.support.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
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

    /** A verified identity: the tenant, who called, and the scopes the gateway granted. */
    public record Claims(String tenantId, String subject, List<String> scopes) {
    }

    /** Verified claims and the moment their token expires. */
    public record Verified(Claims claims, Instant expiresAt) {
    }

    private InternalIdentity() {
    }

    public static String sign(String secret, String tenantId, String subject, List<String> scopes) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject(subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(LIFETIME_SECONDS / 60f);
        claims.setGeneratedJwtId();
        claims.setClaim("tenant", tenantId);
        claims.setStringListClaim("scopes", scopes);
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
            return Optional.of(new Verified(new Claims(tenant, claims.getSubject(), scopes),
                    Instant.ofEpochMilli(claims.getExpirationTime().getValueInMillis())));
        } catch (InvalidJwtException | MalformedClaimException e) {
            return Optional.empty();
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
