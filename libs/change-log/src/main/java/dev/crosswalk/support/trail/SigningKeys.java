package dev.crosswalk.support.trail;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.OkpJwkGenerator;
import org.jose4j.lang.JoseException;

/** Makes a new checkpoint signing key (an Ed25519 JWK with its private part), for the local stack and operators. */
public final class SigningKeys {
    private SigningKeys() {
    }

    public static String newSigningKey() {
        try {
            OctetKeyPairJsonWebKey jwk = OkpJwkGenerator.generateJwk(OctetKeyPairJsonWebKey.SUBTYPE_ED25519);
            return jwk.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot make an Ed25519 key", e);
        }
    }

    /** Prints a new key: {@code java -cp <change-log jar>:<jose4j jar> dev.crosswalk.support.trail.SigningKeys}. */
    public static void main(String[] args) {
        System.out.println(newSigningKey());
    }
}
