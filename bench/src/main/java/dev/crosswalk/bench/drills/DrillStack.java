package dev.crosswalk.bench.drills;

import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.Topics;
import dev.crosswalk.local.AotCache;
import dev.crosswalk.local.ServiceDefinition;
import dev.crosswalk.local.ServiceProcess;
import dev.crosswalk.testsupport.CloudEventSender;
import dev.crosswalk.testsupport.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a fault drill runs against: PostgreSQL and a broker that can each be stopped and started again,
 * and evidence-service and mapping-service (and, for drills that need the catalogue's own state,
 * catalog-service) from their built jars, as separate processes.
 */
public final class DrillStack implements AutoCloseable {
    public static final String SECRET = "drill-only-internal-identity-secret-0123456789";
    public static final String MAPPING_GROUP = "mapping-service";

    final Path work;
    final RestartablePostgres postgres;
    final BrokerProcess broker;
    final ServiceProcess evidence;
    final ServiceProcess mapping;
    /** Null unless the drill asked for it: controls are then sent to catalog.events by the drill itself. */
    final ServiceProcess catalog;

    private DrillStack(Path project, Path work, boolean withCatalog, AotCache.Mode aot) throws Exception {
        this.work = work;
        postgres = new RestartablePostgres(work);
        postgres.start();
        try (Connection admin = postgres.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("create database evidence");
            s.execute("create database mapping");
            if (withCatalog) {
                s.execute("create database catalog");
            }
        }
        broker = new BrokerProcess(work, 3, List.of(Topics.CATALOG_EVENTS, Topics.EVIDENCE_EVENTS, Topics.MAPPING_EVENTS));
        broker.start();
        if (withCatalog) {
            ServiceDefinition catalogService = new ServiceDefinition("catalog-service", KafkaBroker.freePort(), "catalog", "CATALOG");
            catalog = new ServiceProcess(catalogService, project, work,
                    catalogService.environment(postgres.port(), broker.bootstrapServers(), SECRET), aot);
            catalog.start();
            catalog.awaitReady();
        } else {
            catalog = null;
        }
        ServiceDefinition evidenceService = new ServiceDefinition("evidence-service", KafkaBroker.freePort(), "evidence", "EVIDENCE");
        Map<String, String> evidenceEnv = evidenceService.environment(postgres.port(), broker.bootstrapServers(), SECRET);
        evidenceEnv.put("EVIDENCE_ARTIFACT_DIR", work.resolve("artifacts").toString());
        evidence = new ServiceProcess(evidenceService, project, work, evidenceEnv, aot);
        ServiceDefinition mappingService = new ServiceDefinition("mapping-service", KafkaBroker.freePort(), "mapping", "MAPPING");
        mapping = new ServiceProcess(mappingService, project, work,
                mappingService.environment(postgres.port(), broker.bootstrapServers(), SECRET), aot);
        evidence.start();
        mapping.start();
        evidence.awaitReady();
        mapping.awaitReady();
    }

    public static DrillStack start(Path project, String name) throws Exception {
        return start(project, name, false);
    }

    public static DrillStack start(Path project, String name, boolean withCatalog) throws Exception {
        return start(project, name, withCatalog, AotCache.Mode.USE);
    }

    /** A stack whose services start with their AOT cache or without it ({@code aot}). */
    public static DrillStack start(Path project, String name, boolean withCatalog, AotCache.Mode aot) throws Exception {
        Path work = Files.createTempDirectory("crosswalk-" + name);
        System.out.println("[drill] logs and data in " + work);
        return new DrillStack(project, work, withCatalog, aot);
    }

    public String catalogUrl() {
        return catalog.definition().baseUrl();
    }

    /** A new connection to one of the stack's databases (evidence, mapping). */
    public java.sql.Connection database(String name) throws java.sql.SQLException {
        return postgres.connect(name);
    }

    public int postgresPort() {
        return postgres.port();
    }

    public BrokerProcess broker() {
        return broker;
    }

    public String evidenceUrl() {
        return evidence.definition().baseUrl();
    }

    public String mappingUrl() {
        return mapping.definition().baseUrl();
    }

    /**
     * Creates one control per tenant (through catalog-service when the stack has it, else straight on
     * catalog.events) and maps it to A.5.15 and CC6.1 in mapping-service.
     */
    public List<DrillTenant> seedTenants(int count) throws Exception {
        List<DrillTenant> tenants = catalog == null ? announceControls(count) : createControls(count);
        for (DrillTenant tenant : tenants) {
            DrillMappings.mapToA515AndCc61(mappingUrl(), SECRET, tenant.id());
        }
        ConsumerGroups.awaitCaughtUp(broker.bootstrapServers(), "evidence-service", Topics.CATALOG_EVENTS,
                Duration.ofMinutes(1));
        return tenants;
    }

    private List<DrillTenant> createControls(int count) throws Exception {
        List<DrillTenant> tenants = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            String tenant = "drill-" + t;
            String id = DrillApi.post(catalogUrl() + "/api/v1/catalog/controls", DrillApi.tenantToken(tenant), """
                    {"refCode": "%s", "name": "Access review", "frequency": "quarterly"}"""
                    .formatted(DrillTenant.CONTROL_REF)).path("id").asText();
            tenants.add(new DrillTenant(tenant, UUID.fromString(id)));
        }
        return tenants;
    }

    private List<DrillTenant> announceControls(int count) throws Exception {
        List<DrillTenant> tenants = new ArrayList<>();
        try (CloudEventSender sender = new CloudEventSender(broker.bootstrapServers())) {
            for (int t = 0; t < count; t++) {
                DrillTenant tenant = new DrillTenant("drill-" + t, UUID.randomUUID());
                sender.send(Topics.CATALOG_EVENTS, tenant.id(), CatalogEventTypes.CONTROL_CREATED, tenant.control().toString(), """
                        {"id": "%s", "tenantId": "%s", "refCode": "%s", "name": "Access review", "owner": "o",
                         "frequency": "quarterly", "status": "active", "version": 0}"""
                        .formatted(tenant.control(), tenant.id(), DrillTenant.CONTROL_REF));
                tenants.add(tenant);
            }
        }
        return tenants;
    }

    @Override
    public void close() throws Exception {
        mapping.stop();
        evidence.stop();
        if (catalog != null) {
            catalog.stop();
        }
        broker.kill();
        postgres.close();
    }
}
