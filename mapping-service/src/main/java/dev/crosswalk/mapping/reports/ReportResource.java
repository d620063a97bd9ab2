package dev.crosswalk.mapping.reports;

import dev.crosswalk.mapping.coverage.CoverageService;
import dev.crosswalk.mapping.coverage.CoverageViews.Gaps;
import dev.crosswalk.support.paging.QueryParams;
import dev.crosswalk.support.identity.AuditorReadable;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.identity.DisplayName;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/mappings/reports")
@Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf"})
@Tag(name = "Reports", description = "Statement of Applicability, SOC 2 criteria and gap reports, as JSON, CSV or XLSX "
        + "(set up for printing), the SoA and SOC 2 report also as a PDF document")
public class ReportResource {
    private static final String FORMAT = "json (default), csv or xlsx";
    private static final String DOCUMENT_FORMAT = "json (default), csv, xlsx or pdf (a document: title block with "
            + "organisation, scope, date and approver, the table, the summary counts)";

    @Inject
    SoaComposer soa;

    @Inject
    SoaSnapshots snapshots;

    @Inject
    Soc2ReportComposer soc2;

    @Inject
    CoverageService coverage;

    @Inject
    ReportResponses responses;

    @Inject
    ReportHeadings headings;

    @Inject
    Caller caller;

    /** {@code takenBy}: only a display name; who took the snapshot is the verified caller. */
    public record SnapshotRequest(@Size(max = 200) String takenBy, @Size(max = 1000) String note) {
    }

    @GET
    @Path("/soa")
    @Operation(operationId = "getStatementOfApplicability",
            summary = "The Statement of Applicability now, or as it stood at asOf (the newest snapshot taken then or before)")
    @Extension(name = AuditorReadable.EXTENSION, value = "period=moment:asOf framework=fixed:" + SoaComposer.FRAMEWORK)
    public Response soa(@Parameter(description = DOCUMENT_FORMAT) @QueryParam("format") String format,
                        @Parameter(description = "ISO-8601 instant") @QueryParam("asOf") String asOf) {
        String tenantId = caller.tenantId();
        ReportFormat chosen = ReportFormat.ofDocument(format);
        Instant at = QueryParams.optionalInstant(asOf, "asOf");
        StatementOfApplicability report = at == null ? soa.current(tenantId) : snapshots.asOf(tenantId, at);
        return soaDocument(tenantId, report, chosen, "statement-of-applicability");
    }

    private Response soaDocument(String tenantId, StatementOfApplicability report, ReportFormat format, String fileName) {
        return responses.document(report, format, fileName, SoaComposer::table, () -> headings.soa(tenantId, report),
                SoaComposer::summaryCounts);
    }

    @POST
    @Path("/soa/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "takeSoaSnapshot",
            summary = "Keep the current Statement of Applicability as a snapshot (e.g. for an audit)")
    public Response snapshot(@NotNull @Valid SnapshotRequest request) {
        SoaSnapshots.SnapshotInfo taken = snapshots.take(caller.tenantId(), caller.subject(),
                DisplayName.of(request.takenBy()), request.note());
        return Response.created(URI.create("/api/v1/mappings/reports/soa/snapshots/" + taken.id())).entity(taken).build();
    }

    @GET
    @Path("/soa/snapshots")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listSoaSnapshots", summary = "The tenant's SoA snapshots, newest first "
            + "(for an auditor's key, those taken in its audit period)")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=fixed:" + SoaComposer.FRAMEWORK)
    public List<SoaSnapshots.SnapshotInfo> snapshots() {
        return snapshots.list(caller.tenantId()).stream()
                .filter(taken -> caller.auditorScope().map(scope -> scope.covers(taken.takenAt())).orElse(true)).toList();
    }

    @GET
    @Path("/soa/snapshots/{id}")
    @Operation(operationId = "getSoaSnapshot", summary = "One SoA snapshot, exactly as it was taken")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=fixed:" + SoaComposer.FRAMEWORK)
    public Response snapshot(@PathParam("id") String id,
                             @Parameter(description = DOCUMENT_FORMAT) @QueryParam("format") String format) {
        ReportFormat chosen = ReportFormat.ofDocument(format);
        String tenantId = caller.tenantId();
        StatementOfApplicability snapshot = snapshots.get(tenantId, id);
        caller.requireWithinAuditPeriod(snapshot.generatedAt(), "SoA snapshot", id);
        return soaDocument(tenantId, snapshot, chosen, "statement-of-applicability-" + id);
    }

    @GET
    @Path("/soc2")
    @Operation(operationId = "getSoc2Report",
            summary = "The 61 SOC 2 criteria with coverage, controls and the evidence of an observation period (3-12 months)")
    @Extension(name = AuditorReadable.EXTENSION, value = "period=days:from..to framework=fixed:" + Soc2ReportComposer.FRAMEWORK)
    public Response soc2(@Parameter(description = "first day, yyyy-mm-dd", required = true) @QueryParam("from") String from,
                         @Parameter(description = "last day, yyyy-mm-dd", required = true) @QueryParam("to") String to,
                         @Parameter(description = DOCUMENT_FORMAT) @QueryParam("format") String format) {
        ReportFormat chosen = ReportFormat.ofDocument(format);
        ObservationPeriod period = ObservationPeriod.of(from, to);
        String tenantId = caller.tenantId();
        Soc2CriteriaReport report = soc2.report(tenantId, period);
        return responses.document(report, chosen, "soc2-criteria-" + period.from() + "_" + period.to(),
                Soc2ReportComposer::table, () -> headings.soc2(tenantId, report), Soc2ReportComposer::summaryCounts);
    }

    @GET
    @Path("/gaps")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(operationId = "getGapReport",
            summary = "Gap report of a framework (requirements not satisfied, the most far-reaching fixes first)")
    @Extension(name = AuditorReadable.EXTENSION, value = "framework=query:framework")
    public Response gaps(@Parameter(description = "iso27001:2022 or soc2-tsc:2017", required = true)
                         @QueryParam("framework") String framework,
                         @Parameter(description = FORMAT) @QueryParam("format") String format) {
        ReportFormat chosen = ReportFormat.of(format);
        String tenantId = caller.tenantId();
        Gaps gaps = coverage.gaps(tenantId, CoverageService.requiredFramework(framework));
        return responses.of(gaps, chosen, "gaps-" + gaps.framework().replace(':', '-'), GapTable::of,
                () -> headings.table(tenantId, "Gap report " + gaps.framework()));
    }
}
