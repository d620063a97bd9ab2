package dev.crosswalk.evidence.artifacts;

import dev.crosswalk.evidence.EvidenceConfig;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Content-addressed artifact store on a directory (a volume in production): the bytes of a file live
 * once under their SHA-256 whoever uploads them; each tenant's right to a file is a row of its own.
 */
@ApplicationScoped
@Transactional
public class ArtifactStore {
    public static final String PATH = "/api/v1/evidence/artifacts";

    @Inject
    EvidenceConfig config;

    @Inject
    EntityManager entityManager;

    public record StoredArtifact(String sha256, long size, String mediaType) {
    }

    /** Hashes the uploaded file, checks the client's digest if given, and keeps it under its hash. */
    public StoredArtifact store(String tenantId, Path upload, String mediaType, String expectedSha256) {
        try {
            String sha256 = sha256(upload);
            if (expectedSha256 != null && !expectedSha256.strip().equalsIgnoreCase(sha256)) {
                throw new ProblemException(ProblemType.UNPROCESSABLE, "The body's SHA-256 is " + sha256
                        + ", not the " + expectedSha256.strip() + " the client announced; nothing was stored");
            }
            long size = Files.size(upload);
            Path target = fileOf(sha256);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path partial = Files.createTempFile(target.getParent(), sha256, ".partial");
                Files.copy(upload, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            entityManager.createNativeQuery("""
                            insert into artifact (tenant_id, sha256, size, media_type, created_at)
                            values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                    .setParameter(1, tenantId)
                    .setParameter(2, sha256)
                    .setParameter(3, size)
                    .setParameter(4, mediaType)
                    .setParameter(5, Instant.now())
                    .executeUpdate();
            return find(tenantId, sha256).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the artifact", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StoredArtifact> find(String tenantId, String sha256) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select sha256, size, media_type from artifact where tenant_id = ?1 and sha256 = ?2")
                .setParameter(1, tenantId)
                .setParameter(2, sha256.toLowerCase())
                .getResultList();
        return rows.stream().findFirst()
                .map(row -> new StoredArtifact((String) row[0], ((Number) row[1]).longValue(), (String) row[2]));
    }

    /** The reference with the size, type and download path of the tenant's upload where the client left them out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArtifactRef complete(String tenantId, ArtifactRef given) {
        Optional<StoredArtifact> uploaded = find(tenantId, given.sha256());
        return new ArtifactRef(given.sha256(),
                given.size() != null ? given.size() : uploaded.map(StoredArtifact::size).orElse(null),
                given.mediaType() != null ? given.mediaType() : uploaded.map(StoredArtifact::mediaType).orElse(null),
                given.uri() != null ? given.uri() : uploaded.map(a -> PATH + "/" + a.sha256()).orElse(null));
    }

    public Path fileOf(String sha256) {
        return Path.of(config.artifacts().dir(), sha256.substring(0, 2), sha256);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
