package dev.crosswalk.catalog.library;

import dev.crosswalk.catalog.control.ControlStatus;
import dev.crosswalk.catalog.control.TenantControl;
import dev.crosswalk.catalog.library.LibraryDocument.LibraryControl;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.ControlAdoptionEventData.Requirement;
import dev.crosswalk.events.LibraryUpgradeEventData;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a newer library version changes for the controls a tenant adopted, and applying the changes it chooses:
 * <ul>
 * <li>{@code new_control}: in the current version, not in the newest version the tenant adopted from, not adopted;
 * applying adopts it.</li>
 * <li>{@code changed_mappings}: the library now maps an adopted control to other requirements than in the version
 * it was adopted from; applying adds the new ones and removes the dropped ones ({@code control.library-upgraded}),
 * leaving mappings the tenant made itself.</li>
 * <li>{@code retired}: the library retired an adopted control; applying retires the tenant's control.</li>
 * </ul>
 * Names and descriptions are never overwritten: an adopted control's text is the tenant's.
 */
@ApplicationScoped
@Transactional
public class LibraryUpgrades {
    public enum Kind { new_control, changed_mappings, retired }

    /** One change the tenant may apply. */
    public record Change(String libraryId, Kind kind, String name, String adoptedVersion, List<Requirement> added,
                         List<Requirement> removed) {
    }

    public record Pending(String libraryVersion, List<Change> changes) {
    }

    /** {@code controls}: library ids of the changes to apply. */
    public record UpgradeRequest(@jakarta.validation.constraints.NotNull
                                 @jakarta.validation.constraints.Size(min = 1, max = 500)
                                 List<@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 64) String> controls) {
    }

    public record Applied(String libraryVersion, List<Change> applied, AdoptionResult adopted) {
    }

    @Inject
    ControlLibrary library;

    @Inject
    LibraryAdoption adoption;

    @Inject
    OutboxWriter outbox;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Pending pending(String tenantId) {
        return new Pending(library.version(), changes(adoptedControls(tenantId)));
    }

    public Applied apply(String tenantId, UpgradeRequest request) {
        List<TenantControl> adopted = adoptedControls(tenantId);
        Map<String, Change> changes = new LinkedHashMap<>();
        changes(adopted).forEach(c -> changes.put(c.libraryId(), c));
        List<FieldError> errors = new ArrayList<>();
        List<Change> chosen = new ArrayList<>();
        for (int i = 0; i < request.controls().size(); i++) {
            Change change = changes.get(request.controls().get(i).strip().toUpperCase(java.util.Locale.ROOT));
            if (change == null) {
                errors.add(new FieldError("controls[" + i + "]", "'" + request.controls().get(i)
                        + "' has no pending library change for this tenant"));
            } else if (!chosen.contains(change)) {
                chosen.add(change);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Some controls have nothing to upgrade", errors);
        }
        Map<String, TenantControl> byLibraryId = new LinkedHashMap<>();
        adopted.forEach(c -> byLibraryId.put(c.libraryId, c));
        List<String> toAdopt = new ArrayList<>();
        for (Change change : chosen) {
            switch (change.kind()) {
                case new_control -> toAdopt.add(change.libraryId());
                case changed_mappings -> upgrade(byLibraryId.get(change.libraryId()), change);
                case retired -> retire(byLibraryId.get(change.libraryId()));
            }
        }
        AdoptionResult adoptedNow = toAdopt.isEmpty() ? null
                : adoption.adopt(tenantId, new AdoptionRequest(null, toAdopt, null, null));
        return new Applied(library.version(), chosen, adoptedNow);
    }

    private void upgrade(TenantControl control, Change change) {
        String from = control.libraryVersion;
        control.libraryVersion = library.version();
        control.updatedAt = Instant.now();
        control.persistAndFlush();
        outbox.append(control.tenantId, CatalogEventTypes.CONTROL_LIBRARY_UPGRADED, control.id.toString(),
                new LibraryUpgradeEventData(control.id, control.tenantId, control.refCode, control.libraryId, from,
                        library.version(), change.added(), change.removed()));
    }

    private void retire(TenantControl control) {
        control.status = ControlStatus.retired;
        control.libraryVersion = library.version();
        control.updatedAt = Instant.now();
        control.persistAndFlush();
        outbox.append(control.tenantId, CatalogEventTypes.CONTROL_UPDATED, control.id.toString(), control.eventData());
    }

    private static List<TenantControl> adoptedControls(String tenantId) {
        return TenantControl.list("tenantId = ?1 and libraryId is not null order by refCode", tenantId);
    }

    private List<Change> changes(List<TenantControl> adopted) {
        LibraryDocument current = library.document();
        List<Change> changes = new ArrayList<>();
        Set<String> adoptedIds = new LinkedHashSet<>();
        String newestAdopted = null;
        for (TenantControl control : adopted) {
            adoptedIds.add(control.libraryId);
            if (newestAdopted == null || VERSION_ORDER.compare(control.libraryVersion, newestAdopted) > 0) {
                newestAdopted = control.libraryVersion;
            }
            LibraryControl now = library.control(control.libraryId).orElse(null);
            if (now == null || now.retired()) {
                if (control.status != ControlStatus.retired) {
                    changes.add(new Change(control.libraryId, Kind.retired, control.name, control.libraryVersion,
                            List.of(), List.of()));
                }
                continue;
            }
            LibraryControl then = library.version(control.libraryVersion).map(v -> v.byId().get(control.libraryId))
                    .orElse(null);
            if (then == null || control.libraryVersion.equals(current.version())) {
                continue; // adopted from the current version, or from one this build no longer ships
            }
            List<Requirement> before = ControlLibrary.requirements(then);
            List<Requirement> after = ControlLibrary.requirements(now);
            List<Requirement> added = after.stream().filter(r -> !before.contains(r)).toList();
            List<Requirement> removed = before.stream().filter(r -> !after.contains(r)).toList();
            if (!added.isEmpty() || !removed.isEmpty()) {
                changes.add(new Change(control.libraryId, Kind.changed_mappings, control.name, control.libraryVersion,
                        added, removed));
            }
        }
        ControlLibrary.Version baseline = newestAdopted == null ? null : library.version(newestAdopted).orElse(null);
        if (baseline != null && !baseline.document().version().equals(current.version())) {
            for (LibraryControl control : current.controls()) {
                if (!control.retired() && !adoptedIds.contains(control.id()) && !baseline.byId().containsKey(control.id())) {
                    changes.add(new Change(control.id(), Kind.new_control, control.name(), null,
                            ControlLibrary.requirements(control), List.of()));
                }
            }
        }
        return changes;
    }

    /** Semantic versions in numeric order (1.10.0 after 1.9.0). */
    static final Comparator<String> VERSION_ORDER = Comparator.comparing(
            (String v) -> Arrays.stream(v.split("\\.")).mapToInt(p -> p.matches("\\d+") ? Integer.parseInt(p) : 0).toArray(),
            Arrays::compare);
}
