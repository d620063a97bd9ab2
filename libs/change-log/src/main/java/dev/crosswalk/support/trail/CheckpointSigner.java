package dev.crosswalk.support.trail;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;

/**
 * Signs checkpoints with the service's Ed25519 key (a JWS, so any JOSE library can check one with the public key
 * this service publishes) and checks checkpoints it signed.
 */
@ApplicationScoped
@Startup
public class CheckpointSigner {
    private static final Logger LOG = Logger.getLogger(CheckpointSigner.class);

    @Inject
    TrailConfig config;

    private PrivateKey privateKey;
    private OctetKeyPairJsonWebKey publicJwk;

    @PostConstruct
    void load() {
        try {
            KeyPair pair = config.signingKey().map(CheckpointSigner::decode).orElseGet(CheckpointSigner::generate);
            if (config.signingKey().isEmpty()) {
                LOG.warn("No crosswalk.trail.signing-key set: checkpoints are signed with a key made at start, which"
                        + " no checkpoint outlives past a restart");
            }
            privateKey = pair.getPrivate();
            publicJwk = (OctetKeyPairJsonWebKey) PublicJsonWebKey.Factory.newPublicJwk(pair.getPublic());
            publicJwk.setKeyId(publicJwk.calculateBase64urlEncodedThumbprint("SHA-256"));
            publicJwk.setAlgorithm(AlgorithmIdentifiers.EDDSA);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot use the trail's signing key", e);
        }
    }

    public String sign(String payloadJson) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payloadJson);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.EDDSA);
        jws.setKeyIdHeaderValue(publicJwk.getKeyId());
        jws.setHeader("typ", "crosswalk-trail-checkpoint+jws");
        jws.setKey(privateKey);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a checkpoint", e);
        }
    }

    /** The payload of a checkpoint this service's key signed, or empty when the signature is not its. */
    public Optional<String> verifiedPayload(String compact) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    AlgorithmIdentifiers.EDDSA));
            jws.setCompactSerialization(compact.strip());
            jws.setKey(publicJwk.getPublicKey());
            return jws.verifySignature() ? Optional.of(jws.getPayload()) : Optional.empty();
        } catch (JoseException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The public key as a JWK (with its kid), for auditors who check checkpoints themselves. */
    public String publicJwkJson() {
        return publicJwk.toJson();
    }

    public String keyId() {
        return publicJwk.getKeyId();
    }

    private static KeyPair decode(String jwkJson) {
        try {
            PublicJsonWebKey jwk = PublicJsonWebKey.Factory.newPublicJwk(jwkJson.strip());
            if (!(jwk instanceof OctetKeyPairJsonWebKey) || jwk.getPrivateKey() == null) {
                throw new IllegalStateException("not an Ed25519 private key");
            }
            return new KeyPair(jwk.getPublicKey(), jwk.getPrivateKey());
        } catch (JoseException | IllegalStateException e) {
            throw new IllegalStateException("crosswalk.trail.signing-key must be an Ed25519 private key as a JWK"
                    + " (kty OKP, crv Ed25519, with d)", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
