package dev.crosswalk.bench.drills;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Fault drill (issue 8): PostgreSQL is shut down while evidence is being posted, and started again.
 * While it is down, requests must get a clean 503 problem (the load retries them with the same
 * Idempotency-Key); afterwards everything recovers and nothing is half-written or lost.
 * Options: -Drecords=5000 -Dtenants=10 -Dclients=4 -DoutageSeconds=10
 */
public final class PostgresRestartDrill {
    private PostgresRestartDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int records = Integer.getInteger("records", 5_000);
        boolean pass;
        try (DrillStack stack = DrillStack.start(project, "postgres-drill")) {
            List<DrillTenant> tenants = stack.seedTenants(Integer.getInteger("tenants", 10));
            EvidenceLoad load = new EvidenceLoad(stack.evidenceUrl(), DrillStack.SECRET, tenants, records);
            Future<?> running = load.start(Integer.getInteger("clients", 4));
            load.awaitAccepted(records / 3);
            long before = unavailable(load);
            stack.postgres.stop();
            System.out.println("[drill] PostgreSQL stopped after " + load.accepted() + " records were accepted");
            Thread.sleep(Integer.getInteger("outageSeconds", 10) * 1000L);
            int evidenceReady = readiness(stack.evidenceUrl());
            int mappingReady = readiness(stack.mappingUrl());
            long duringOutage = unavailable(load) - before;
            stack.postgres.start();
            System.out.println("[drill] PostgreSQL started again; " + duringOutage + " answers were a 503 problem "
                    + "while it was down; readiness was evidence " + evidenceReady + ", mapping " + mappingReady);
            running.get();
            DeliveryCheck check = new DeliveryCheck();
            check.expect("requests answered with a 503 problem while PostgreSQL was down (at least one)", 1,
                    Math.min(1, duringOutage));
            check.expect("evidence-service readiness while PostgreSQL was down", 503, evidenceReady);
            check.expect("mapping-service readiness while PostgreSQL was down", 503, mappingReady);
            pass = check.verify(stack, load, tenants);
        }
        System.exit(pass ? 0 : 1);
    }

    private static long unavailable(EvidenceLoad load) {
        return load.answers().entrySet().stream().filter(a -> a.getKey().endsWith("503 problem+json"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private static int readiness(String serviceUrl) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
