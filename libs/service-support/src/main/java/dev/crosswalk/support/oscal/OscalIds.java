package dev.crosswalk.support.oscal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Identifiers for the OSCAL documents the services write: name-based UUIDs and tokens. OSCAL accepts only
 * version 4 and 5 UUIDs, so {@link UUID#nameUUIDFromBytes} (version 3) will not do; and an OSCAL id is a token
 * that starts with a letter or '_', which refs such as ISO's {@code 5.1} do not.
 */
public final class OscalIds {
    /** The OSCAL 1.1 release the catalog and assessment-results exports follow (the one liboscal-java 3.0.3 validates). */
    public static final String VERSION_1_1 = "1.1.2";
    /** Namespace of the props and names the services add to OSCAL documents (not NIST's). */
    public static final String NAMESPACE = "urn:dev.crosswalk:oscal";
    private static final UUID NAMESPACE_UUID = UUID.fromString("2b1c9f5e-8d0a-5c3e-9f47-3d6a1e0b7c21");
    private static final Pattern NOT_TOKEN = Pattern.compile("[^\\p{L}\\p{N}._-]");

    private OscalIds() {
    }

    /** The same parts give the same version 5 UUID (RFC 9562, SHA-1, in this project's namespace). */
    public static UUID uuid(String... parts) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE_UUID.getMostSignificantBits())
                .putLong(NAMESPACE_UUID.getLeastSignificantBits()).array());
        sha1.update(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
        ByteBuffer hash = ByteBuffer.wrap(sha1.digest());
        long high = (hash.getLong() & ~0xF000L) | 0x5000L;
        long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** A ref as an OSCAL token: other characters become '_', and one that does not start with a letter gets a '_' first. */
    public static String token(String ref) {
        String token = NOT_TOKEN.matcher(ref).replaceAll("_");
        return token.isEmpty() || !(Character.isLetter(token.charAt(0)) || token.charAt(0) == '_') ? "_" + token : token;
    }
}
