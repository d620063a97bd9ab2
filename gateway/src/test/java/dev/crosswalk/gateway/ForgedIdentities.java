package dev.crosswalk.gateway;

import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.testsupport.GatewayIdentity;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

/** What a caller who went around the gateway can send in place of its signed identity. */
final class ForgedIdentities {
    private static final String SECRET = GatewayIdentity.TEST_SECRET;

    private ForgedIdentities() {
    }

    /** By name: no identity at all (null), and tokens that must each be refused. */
    static Map<String, String> all(String tenant) {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("no identity", null);
        forged.put("garbage", "not-a-token");
        forged.put("another secret", InternalIdentity.sign("a-secret-that-is-not-the-gateways-one!!", tenant, "mallory",
                List.of(InternalIdentity.OPERATOR_SCOPE)));
        forged.put("alg none", unsigned(claims(tenant, InternalIdentity.ISSUER, 60)));
        forged.put("expired", signed(claims(tenant, InternalIdentity.ISSUER, -600)));
        forged.put("another issuer", signed(claims(tenant, "someone-else", 60)));
        JwtClaims noTenant = claims(tenant, InternalIdentity.ISSUER, 60);
        noTenant.unsetClaim("tenant");
        forged.put("no tenant", signed(noTenant));
        return forged;
    }

    private static JwtClaims claims(String tenant, String issuer, int expiresInSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject("mallory");
        NumericDate now = NumericDate.now();
        claims.setIssuedAt(NumericDate.fromSeconds(now.getValue() - 700));
        claims.setExpirationTime(NumericDate.fromSeconds(now.getValue() + expiresInSeconds));
        claims.setClaim("tenant", tenant);
        claims.setStringListClaim("scopes", List.of(InternalIdentity.OPERATOR_SCOPE));
        return claims;
    }

    private static String signed(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKey(new HmacKey(SECRET.getBytes(StandardCharsets.UTF_8)));
        return serialize(jws);
    }

    private static String unsigned(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        jws.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
        return serialize(jws);
    }

    private static String serialize(JsonWebSignature jws) {
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
