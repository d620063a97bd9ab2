package dev.crosswalk.support.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.trail.TrailVerification.BrokenLink;
import dev.crosswalk.support.trail.TrailVerification.Head;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Signed checkpoints of a tenant's trail: the head hash with a time, signed by the service. An auditor keeps one;
 * later, the trail must still hold that hash at that position, and every entry up to it must verify: otherwise
 * something before the checkpoint was rewritten.
 */
@ApplicationScoped
public class Checkpoints {
    private static final String EMPTY = HexFormat.of().formatHex(TrailVerifier.GENESIS);

    @Inject
    CheckpointSigner signer;

    @Inject
    TrailVerifier verifier;

    @Inject
    TrailConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    public Checkpoint issue(String tenantId) {
        Head head = currentHead(tenantId).orElse(new Head(0, EMPTY));
        Checkpoint.Payload payload = new Checkpoint.Payload(config.service(), tenantId, head.seq(), head.hash(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try {
            String signed = signer.sign(json.writeValueAsString(payload));
            return new Checkpoint(signed, payload.service(), payload.seq(), payload.hash(), payload.issuedAt(), signer.keyId());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks a checkpoint for the calling tenant; one of another tenant or service does not hold here. */
    public CheckpointCheck check(String tenantId, String compact) {
        Optional<Checkpoint.Payload> payload = signer.verifiedPayload(compact).flatMap(this::parse);
        if (payload.isEmpty()) {
            return new CheckpointCheck(false, false, null, null, "the signature is not this service's key's");
        }
        Checkpoint.Payload p = payload.get();
        if (!p.tenant().equals(tenantId) || !p.service().equals(config.service())) {
            return new CheckpointCheck(false, true, p.seq(), null, "the checkpoint is not of this tenant's trail in this service");
        }
        if (p.seq() == 0) {
            return new CheckpointCheck(true, true, 0L, null, "the checkpoint was of an empty trail");
        }
        TrailVerification upTo = verifier.verify(tenantId, 1L, p.seq());
        if (!upTo.intact()) {
            return new CheckpointCheck(false, true, p.seq(), upTo, "the trail up to the checkpoint no longer verifies");
        }
        String now = hashAt(tenantId, p.seq());
        if (!p.hash().equals(now)) {
            TrailVerification rewritten = new TrailVerification(false, 1, p.seq(), upTo.entriesChecked(), upTo.head(),
                    new BrokenLink(p.seq(), null, List.of(), "chain_broken",
                            "entry " + p.seq() + " no longer has the hash the checkpoint states: the trail was rewritten"));
            return new CheckpointCheck(false, true, p.seq(), rewritten, "the trail was rewritten before the checkpoint");
        }
        return new CheckpointCheck(true, true, p.seq(), upTo, "every entry up to the checkpoint is as it was");
    }

    private Optional<Checkpoint.Payload> parse(String payload) {
        try {
            return Optional.of(json.readValue(payload, Checkpoint.Payload.class));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private Optional<Head> currentHead(String tenantId) {
        try (Connection connection = dataSource.getConnection()) {
            return verifier.head(connection, tenantId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the trail head", e);
        }
    }

    private String hashAt(String tenantId, long seq) {
        try (Connection connection = dataSource.getConnection()) {
            byte[] hash = verifier.hashAt(connection, tenantId, seq);
            return hash == null ? null : HexFormat.of().formatHex(hash);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the trail", e);
        }
    }
}
