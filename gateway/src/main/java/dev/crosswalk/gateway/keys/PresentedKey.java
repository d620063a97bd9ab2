package dev.crosswalk.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** An API key as presented ({@code cwk_<id>_<secret>}): its id and the SHA-256 of its secret. */
record PresentedKey(UUID id, String secretHash) {
    static final String PREFIX = "cwk_";

    /** Empty when the text cannot be one of our keys. */
    static Optional<PresentedKey> parse(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        String[] parts = presented.substring(PREFIX.length()).split("_", 2);
        if (parts.length != 2 || parts[0].length() != 32) {
            return Optional.empty();
        }
        try {
            // every request presents its key: the 32 hex digits are read as they are, no regular expression
            UUID id = new UUID(HexFormat.fromHexDigitsToLong(parts[0], 0, 16), HexFormat.fromHexDigitsToLong(parts[0], 16, 32));
            return Optional.of(new PresentedKey(id, sha256(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
