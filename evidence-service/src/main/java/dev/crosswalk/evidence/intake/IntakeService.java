package dev.crosswalk.evidence.intake;

import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.controls.KnownControl;
import dev.crosswalk.evidence.EvidenceConfig;
import dev.crosswalk.evidence.query.EvidenceView;
import dev.crosswalk.evidence.query.EvidenceViews;
import dev.crosswalk.evidence.store.Evidence;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Records new evidence, one item or a bulk request: checks it, resolves its controls against the local read
 * model, applies idempotency keys, and commits each record together with its {@code evidence.recorded} event.
 */
@ApplicationScoped
@Transactional
public class IntakeService {
    @Inject
    ControlDirectory controlDirectory;

    @Inject
    EvidenceViews views;

    @Inject
    EvidenceConfig config;

    @Inject
    NewRecords newRecords;

    @Inject
    BulkItemReader reader;

    @Inject
    EvidenceBatchWriter batchWriter;

    /** A stored record, or the earlier one an idempotent retry stands for. */
    public record Outcome(EvidenceView evidence, boolean replayed) {
    }

    public Outcome record(String tenantId, EvidenceRequest request, String idempotencyKey) {
        String key = IdempotencyKeys.check(idempotencyKey);
        NewRecords.Checked checked = newRecords.check(tenantId, request);
        Evidence earlier = IdempotencyKeys.replayed(key, checked,
                key == null ? null : Evidence.findByIdempotencyKey(tenantId, key).orElse(null));
        if (earlier != null) {
            return new Outcome(views.of(earlier), true);
        }
        EvidenceBatchWriter.NewRecord stored = newRecords.store(tenantId, checked, key, null);
        return new Outcome(views.of(stored.evidence(), stored.links()), false);
    }

    /**
     * Records many items in one transaction. Each item is checked on its own: the valid ones are
     * stored, the others are answered with their problem; a repeated idempotency key replays. All
     * lookups (controls, keys) happen once for the whole request, before anything is written; the
     * records, their links and their events are then written with JDBC batches, in the same transaction:
     * all of them or, if PostgreSQL refuses a value, none.
     */
    public BulkResult recordAll(String tenantId, List<BulkItem> items) {
        if (items.size() > config.maxBulkItems()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "A bulk request holds at most " + config.maxBulkItems() + " items; this one has " + items.size());
        }
        List<BulkItemReader.Read> read = items.stream().map(reader::read).toList();
        Set<String> refs = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (BulkItemReader.Read item : read) {
            if (item instanceof BulkItemReader.Readable readable) {
                refs.addAll(readable.request().controls());
                if (readable.key() != null) {
                    keys.add(readable.key());
                }
            }
        }
        Batch batch = new Batch(tenantId, controlDirectory.liveControls(tenantId, refs));
        if (!keys.isEmpty()) {
            Evidence.<Evidence>list("tenantId = ?1 and idempotencyKey in ?2", tenantId, keys)
                    .forEach(e -> batch.byKey.put(e.idempotencyKey, e));
        }
        List<BulkResult.Item> results = new ArrayList<>(read.size());
        for (int index = 0; index < read.size(); index++) {
            results.add(switch (read.get(index)) {
                case BulkItemReader.Refused refused -> BulkResult.Item.rejected(index, refused.problem());
                case BulkItemReader.Readable readable -> batch.take(index, readable);
            });
        }
        batchWriter.insert(batch.fresh);
        return BulkResult.of(results);
    }

    /** One bulk request's lookups, made once for all its items, and the records it will write. */
    private final class Batch {
        private final Instant now = Instant.now();
        private final String tenantId;
        private final Map<String, KnownControl> controls;
        /** The records the request's keys stand for: stored earlier, or created by an item before. */
        private final Map<String, Evidence> byKey = new HashMap<>();
        private final List<EvidenceBatchWriter.NewRecord> fresh = new ArrayList<>();

        Batch(String tenantId, Map<String, KnownControl> controls) {
            this.tenantId = tenantId;
            this.controls = controls;
        }

        BulkResult.Item take(int index, BulkItemReader.Readable item) {
            try {
                NewRecords.Checked checked = newRecords.check(item.request(), now, controls);
                Evidence earlier = IdempotencyKeys.replayed(item.key(), checked,
                        item.key() == null ? null : byKey.get(item.key()));
                if (earlier != null) {
                    return BulkResult.Item.replayed(index, earlier.id);
                }
                EvidenceBatchWriter.NewRecord record = newRecords.build(tenantId, checked, item.key(), null);
                fresh.add(record);
                if (item.key() != null) {
                    byKey.put(item.key(), record.evidence());
                }
                return BulkResult.Item.created(index, record.evidence().id);
            } catch (ProblemException e) {
                return BulkResult.Item.rejected(index, e);
            }
        }
    }
}
