package dev.crosswalk.bench.drills;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Fault drill (issue 8): mapping-service is killed (SIGKILL, no offset commit, no shutdown) while
 * evidence events stream in, then started again. Its projection must catch up from the committed
 * offsets and count nothing twice (the inbox drops events it applied before the crash).
 * Options: -Drecords=5000 -Dtenants=10 -Dclients=4 -DdownSeconds=5
 */
public final class MappingRestartDrill {
    private MappingRestartDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int records = Integer.getInteger("records", 5_000);
        boolean pass;
        try (DrillStack stack = DrillStack.start(project, "mapping-drill")) {
            List<DrillTenant> tenants = stack.seedTenants(Integer.getInteger("tenants", 10));
            EvidenceLoad load = new EvidenceLoad(stack.evidenceUrl(), DrillStack.SECRET, tenants, records);
            Future<?> running = load.start(Integer.getInteger("clients", 4));
            load.awaitAccepted(records / 3);
            stack.mapping.kill();
            System.out.println("[drill] mapping-service killed (SIGKILL) after " + load.accepted() + " records were accepted");
            Thread.sleep(Integer.getInteger("downSeconds", 5) * 1000L);
            long restarting = System.nanoTime();
            stack.mapping.start();
            stack.mapping.awaitReady();
            System.out.printf("[drill] mapping-service started again, ready in %.1f s, at %d records accepted%n",
                    (System.nanoTime() - restarting) / 1e9, load.accepted());
            running.get();
            pass = new DeliveryCheck().verify(stack, load, tenants);
        }
        System.exit(pass ? 0 : 1);
    }
}
