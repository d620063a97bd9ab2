package dev.crosswalk.mapping.oscal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosswalk.controls.ControlDirectory;
import dev.crosswalk.controls.KnownControl;
import dev.crosswalk.mapping.coverage.CoverageService;
import dev.crosswalk.mapping.coverage.CoverageStatus;
import dev.crosswalk.mapping.coverage.CoverageViews.FrameworkCoverage;
import dev.crosswalk.mapping.coverage.RequirementCoverage;
import dev.crosswalk.mapping.reports.ObservationPeriod;
import dev.crosswalk.support.oscal.OscalIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's evidence and coverage as an OSCAL 1.1.2 {@code assessment-results} document with one result: an
 * observation per evidence record collected in the period (collected, expires, the controls as subjects), and a
 * finding per requirement of both coverage frameworks whose target is satisfied or not. Coverage is computed as
 * of the export, as everywhere else; not-applicable requirements are excluded from the reviewed controls and
 * have no finding (OSCAL's objective status knows only satisfied and not-satisfied).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AssessmentResultsExport {
    @Inject
    EvidenceInPeriod evidence;

    @Inject
    CoverageService coverage;

    @Inject
    ControlDirectory directory;

    @Inject
    ObjectMapper objectMapper;

    public ObjectNode export(String tenantId, ObservationPeriod period) {
        Instant now = Instant.now();
        List<EvidenceInPeriod.Item> records = evidence.of(tenantId, period.start(), period.end());
        List<FrameworkCoverage> frameworks = coverage.coverageOfBoth(tenantId);
        Map<UUID, KnownControl> controls = directory.liveControlsById(tenantId);
        UUID plan = OscalIds.uuid("assessment-plan", tenantId);

        ObjectNode document = objectMapper.createObjectNode();
        document.put("uuid", UUID.randomUUID().toString());
        metadata(document.putObject("metadata"), tenantId, period, now);
        document.putObject("import-ap").put("href", "#" + plan);
        ObjectNode result = document.putArray("results").addObject();
        result.put("uuid", OscalIds.uuid("result", tenantId, period.from().toString(), period.to().toString()).toString());
        result.put("title", "Evidence and coverage " + period.from() + " to " + period.to());
        result.put("description", "Evidence records collected in the period and, per requirement of "
                + String.join(" and ", frameworks.stream().map(FrameworkCoverage::framework).toList())
                + ", whether the tenant's coverage satisfies it as of " + now + ".");
        result.put("start", period.start().toString());
        result.put("end", period.end().toString());

        Set<UUID> subjects = new LinkedHashSet<>();
        records.forEach(r -> r.controls().stream().filter(controls::containsKey).forEach(subjects::add));
        if (!subjects.isEmpty()) {
            ArrayNode components = result.putObject("local-definitions").putArray("components");
            subjects.forEach(id -> component(components.addObject(), tenantId, controls.get(id)));
        }
        reviewedControls(result.putObject("reviewed-controls"), frameworks);
        Map<UUID, UUID> observationOf = new HashMap<>();
        if (!records.isEmpty()) {
            ArrayNode observations = result.putArray("observations");
            for (EvidenceInPeriod.Item record : records) {
                observationOf.put(record.evidenceId(), observation(observations.addObject(), tenantId, record, controls));
            }
        }
        ArrayNode findings = result.putArray("findings");
        for (FrameworkCoverage framework : frameworks) {
            for (RequirementCoverage requirement : framework.requirements()) {
                if (requirement.status() != CoverageStatus.not_applicable) {
                    finding(findings.addObject(), tenantId, framework.framework(), requirement, observationOf);
                }
            }
        }
        ObjectNode planResource = document.putObject("back-matter").putArray("resources").addObject()
                .put("uuid", plan.toString())
                .put("title", "Assessment plan")
                .put("description", "No OSCAL assessment plan: evidence is collected and reviewed continuously, and "
                        + "coverage is derived from the tenant's control mappings and the shared crosswalk.");
        planResource.putArray("rlinks").addObject().put("href", "/api/v1/mappings/coverage");
        ObjectNode root = objectMapper.createObjectNode();
        root.set("assessment-results", document);
        return root;
    }

    private static void metadata(ObjectNode metadata, String tenantId, ObservationPeriod period, Instant now) {
        metadata.put("title", "Assessment results of " + tenantId + ", " + period.from() + " to " + period.to());
        metadata.put("last-modified", now.toString());
        metadata.put("version", now.toString());
        metadata.put("oscal-version", OscalIds.VERSION_1_1);
        metadata.putArray("parties").addObject()
                .put("uuid", OscalIds.uuid("tenant", tenantId).toString())
                .put("type", "organization")
                .put("name", tenantId);
    }

    private static void component(ObjectNode component, String tenantId, KnownControl control) {
        component.put("uuid", componentUuid(tenantId, control.id()).toString());
        component.put("type", "process-procedure");
        component.put("title", control.refCode() + (control.name() == null ? "" : " " + control.name()));
        component.put("description", control.description() == null || control.description().isBlank()
                ? "Control " + control.refCode() : control.description());
        ours(component.putArray("props"), "control-id", control.id().toString());
        component.putObject("status").put("state", "operational");
    }

    private static void reviewedControls(ObjectNode reviewed, List<FrameworkCoverage> frameworks) {
        reviewed.put("description", "Every requirement of " + String.join(" and ",
                frameworks.stream().map(FrameworkCoverage::framework).toList()) + " but those not applicable.");
        ObjectNode selection = reviewed.putArray("control-selections").addObject();
        selection.putObject("include-all");
        List<String> excluded = new ArrayList<>();
        frameworks.forEach(f -> f.requirements().stream().filter(r -> r.status() == CoverageStatus.not_applicable)
                .forEach(r -> excluded.add(OscalIds.token(r.ref()))));
        if (!excluded.isEmpty()) {
            ArrayNode exclude = selection.putArray("exclude-controls");
            excluded.forEach(id -> exclude.addObject().put("control-id", id));
        }
    }

    private static UUID observation(ObjectNode observation, String tenantId, EvidenceInPeriod.Item record,
                                    Map<UUID, KnownControl> controls) {
        UUID uuid = OscalIds.uuid("evidence", tenantId, record.evidenceId().toString());
        observation.put("uuid", uuid.toString());
        observation.put("title", "Evidence record " + record.evidenceId());
        observation.put("description", "A " + record.result() + " result, review " + record.reviewStatus()
                + (record.expired() ? ", expired" : "") + (record.superseded() ? ", superseded" : "") + ".");
        ArrayNode props = observation.putArray("props");
        ours(props, "evidence-id", record.evidenceId().toString());
        ours(props, "result", record.result());
        ours(props, "review-status", record.reviewStatus());
        observation.putArray("methods").add("EXAMINE");
        List<UUID> subjects = record.controls().stream().filter(controls::containsKey).toList();
        if (!subjects.isEmpty()) {
            ArrayNode array = observation.putArray("subjects");
            subjects.forEach(id -> array.addObject().put("subject-uuid", componentUuid(tenantId, id).toString())
                    .put("type", "component"));
        }
        observation.putArray("relevant-evidence").addObject()
                .put("href", "/api/v1/evidence/" + record.evidenceId())
                .put("description", "The evidence record in the evidence service.");
        observation.put("collected", record.collectedAt().toString());
        observation.put("expires", record.validUntil().toString());
        return uuid;
    }

    private static void finding(ObjectNode finding, String tenantId, String framework, RequirementCoverage requirement,
                                Map<UUID, UUID> observationOf) {
        finding.put("uuid", OscalIds.uuid("finding", tenantId, framework, requirement.ref()).toString());
        finding.put("title", framework + " " + requirement.ref());
        finding.put("description", requirement.reason() == null || requirement.reason().isBlank()
                ? requirement.status().name() : requirement.reason());
        ObjectNode target = finding.putObject("target");
        target.put("type", "objective-id");
        target.put("target-id", OscalIds.token(requirement.ref()));
        ArrayNode props = target.putArray("props");
        ours(props, "framework", framework);
        ours(props, "ref", requirement.ref());
        ours(props, "coverage-status", requirement.status().name());
        boolean satisfied = requirement.status() == CoverageStatus.satisfied;
        target.putObject("status").put("state", satisfied ? "satisfied" : "not-satisfied")
                .put("reason", satisfied ? "pass" : "fail");
        List<UUID> related = requirement.evidence().stream().map(observationOf::get).filter(java.util.Objects::nonNull).toList();
        if (!related.isEmpty()) {
            ArrayNode array = finding.putArray("related-observations");
            related.forEach(uuid -> array.addObject().put("observation-uuid", uuid.toString()));
        }
    }

    private static UUID componentUuid(String tenantId, UUID controlId) {
        return OscalIds.uuid("control", tenantId, controlId.toString());
    }

    private static void ours(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("ns", OscalIds.NAMESPACE).put("value", value);
    }
}
