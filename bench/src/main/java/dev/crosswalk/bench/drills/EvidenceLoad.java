package dev.crosswalk.bench.drills;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.support.identity.InternalIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Posts evidence as an integration script would: each record with its own Idempotency-Key, then
 * accepted by a reviewer. A 503 problem (or no answer) is retried with the same key until it succeeds;
 * any other error gives the record up. Every answer is counted by kind for the drill's report.
 */
final class EvidenceLoad {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String evidenceUrl;
    private final String secret;
    private final List<DrillTenant> tenants;
    private final int records;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Map<String, LongAdder> answers = new ConcurrentHashMap<>();
    private final Map<Integer, String> givenUp = new ConcurrentHashMap<>();

    EvidenceLoad(String evidenceUrl, String secret, List<DrillTenant> tenants, int records) {
        this.evidenceUrl = evidenceUrl;
        this.secret = secret;
        this.tenants = tenants;
        this.records = records;
    }

    /** Runs {@code clients} concurrent clients until every record was posted and accepted, or given up. */
    Future<?> start(int clients) {
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        for (int c = 0; c < clients; c++) {
            pool.submit(this::client);
        }
        Future<?> all = pool.submit(() -> {
            while (next.get() < records + clients || accepted.get() + givenUp.size() < records) {
                Thread.sleep(100);
            }
            return null;
        });
        pool.shutdown();
        return all;
    }

    int accepted() {
        return accepted.get();
    }

    void awaitAccepted(int count) throws InterruptedException {
        while (accepted.get() + givenUp.size() < count) {
            Thread.sleep(20);
        }
    }

    /** Records expected per tenant: record i belongs to tenant i mod n. */
    int recordsOf(int tenantIndex) {
        return records / tenants.size() + (tenantIndex < records % tenants.size() ? 1 : 0);
    }

    int records() {
        return records;
    }

    Map<String, Long> answers() {
        Map<String, Long> counts = new TreeMap<>();
        answers.forEach((kind, n) -> counts.put(kind, n.sum()));
        return counts;
    }

    Map<Integer, String> givenUp() {
        return givenUp;
    }

    private Void client() {
        for (int i = next.getAndIncrement(); i < records; i = next.getAndIncrement()) {
            DrillTenant tenant = tenants.get(i % tenants.size());
            try {
                String created = call("record", tenant, HttpRequest.newBuilder(URI.create(evidenceUrl + "/api/v1/evidence"))
                        .header("Idempotency-Key", "drill-record-" + i)
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"controls": ["%s"], "kind": "automated_check", "title": "Access review %d",
                                 "collectedAt": "%s", "result": "pass", "sourceSystem": "drill", "submitter": "drill"}"""
                                .formatted(DrillTenant.CONTROL_REF, i, Instant.now().minusSeconds(60)))));
                String id = JSON.readTree(created).path("id").asText();
                call("review", tenant, HttpRequest.newBuilder(URI.create(evidenceUrl + "/api/v1/evidence/" + id + "/review"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"decision\": \"accepted\", \"reviewer\": \"drill\"}")));
                accepted.incrementAndGet();
            } catch (GiveUp e) {
                givenUp.put(i, e.getMessage());
            } catch (Exception e) {
                givenUp.put(i, e.toString());
            }
        }
        return null;
    }

    /** Sends until a 2xx; returns its body. Retries a 503 problem and a missing answer, with the same request. */
    private String call(String what, DrillTenant tenant, HttpRequest.Builder request) throws Exception {
        long deadline = System.nanoTime() + GIVE_UP_AFTER.toNanos();
        while (true) {
            HttpRequest sent = request.copy().timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    // a review is signed for another subject: segregation of duties refuses a self-acceptance
                    .header(InternalIdentity.HEADER, InternalIdentity.sign(secret, tenant.id(),
                            what.equals("review") ? "drill-reviewer" : "drill", List.of("evidence:write")))
                    .build();
            try {
                HttpResponse<String> answer = http.send(sent, HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                count(what + " " + status + (status >= 400 ? problem ? " problem+json" : " NOT problem+json" : ""));
                if (status / 100 == 2) {
                    return answer.body();
                }
                if (status != 503) {
                    throw new GiveUp(what + " answered " + status + ": " + answer.body());
                }
            } catch (IOException noAnswer) {
                count(what + " no answer (" + noAnswer.getClass().getSimpleName() + ")");
            }
            if (System.nanoTime() > deadline) {
                throw new GiveUp(what + " still failing after " + GIVE_UP_AFTER.toSeconds() + " s");
            }
            Thread.sleep(250);
        }
    }

    private void count(String kind) {
        answers.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static final class GiveUp extends Exception {
        GiveUp(String message) {
            super(message);
        }
    }
}
