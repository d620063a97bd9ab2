package dev.crosswalk.bench.drills;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Fault drill (issue 8): the Kafka broker is killed (SIGKILL) while evidence is being posted, and
 * started again after a while. Evidence-service must keep accepting records (its outbox holds the
 * events), and afterwards every record is stored once, every event delivered and applied once.
 * Options: -Drecords=10000 -Dtenants=10 -Dclients=4 -DoutageSeconds=15
 */
public final class KafkaOutageDrill {
    private KafkaOutageDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int records = Integer.getInteger("records", 10_000);
        boolean pass;
        try (DrillStack stack = DrillStack.start(project, "kafka-drill")) {
            List<DrillTenant> tenants = stack.seedTenants(Integer.getInteger("tenants", 10));
            EvidenceLoad load = new EvidenceLoad(stack.evidenceUrl(), DrillStack.SECRET, tenants, records);
            Future<?> running = load.start(Integer.getInteger("clients", 4));
            load.awaitAccepted(records / 4);
            stack.broker.kill();
            int atKill = load.accepted();
            System.out.println("[drill] broker killed (SIGKILL) after " + atKill + " records were accepted");
            Thread.sleep(Integer.getInteger("outageSeconds", 15) * 1000L);
            int duringOutage = load.accepted() - atKill;
            stack.broker.start();
            System.out.println("[drill] broker started again; " + duringOutage + " records were accepted while it was down");
            running.get();
            DeliveryCheck check = new DeliveryCheck();
            check.expect("records accepted while the broker was down (at least one)", 1, Math.min(1, duringOutage));
            pass = check.verify(stack, load, tenants);
        }
        System.exit(pass ? 0 : 1);
    }
}
