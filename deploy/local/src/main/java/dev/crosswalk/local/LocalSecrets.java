package dev.crosswalk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/** Secrets of the local stack, made once and kept under its data directory (never committed). */
final class LocalSecrets {
    static final String OPERATOR_KEY_FILE = "operator-key";
    static final String DEMO_API_KEY_FILE = "demo-api-key";
    /** The key the demo's integration script posts evidence with: evidence is reviewed by someone else. */
    static final String DEMO_SCRIPT_KEY_FILE = "demo-script-key";
    static final String INTERNAL_SECRET_FILE = "internal-secret";

    private LocalSecrets() {
    }

    /** The gateway's operator key for this machine's stack, created on first start. */
    static String operatorKey(Path dataDir) {
        return secret(dataDir.resolve(OPERATOR_KEY_FILE));
    }

    /** The secret the gateway signs internal identities with and the services verify them with. */
    static String internalSecret(Path dataDir) {
        return secret(dataDir.resolve(INTERNAL_SECRET_FILE));
    }

    /**
     * The service's trail checkpoint signing key, an Ed25519 private key as a JWK, created on first start: its
     * checkpoints stay checkable across restarts of the stack.
     */
    static String trailSigningKey(Path dataDir, String service) {
        Path file = dataDir.resolve("trail-key-" + service + ".jwk");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                Files.writeString(file, newEd25519Jwk());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw keys are the last 32 bytes of the JDK's PKCS#8 and X.509 encodings of an Ed25519 pair (RFC 8410). */
    private static String newEd25519Jwk() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
            return "{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"" + b64.encodeToString(last32(pair.getPublic().getEncoded()))
                    + "\",\"d\":\"" + b64.encodeToString(last32(pair.getPrivate().getEncoded())) + "\"}";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] last32(byte[] encoded) {
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    private static String secret(Path file) {
        Path dataDir = file.getParent();
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[36];
                new SecureRandom().nextBytes(secret);
                Files.createDirectories(dataDir);
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
