package dev.crosswalk.evidence.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request as parsed, so a retry with the same content matches even when the client
 * spaced its JSON differently.
 */
final class RequestFingerprint {
    private RequestFingerprint() {
    }

    static String of(EvidenceRequest request, ObjectMapper json) {
        try {
            byte[] canonical = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }
}
