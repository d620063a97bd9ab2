package dev.crosswalk.catalog.library;

import dev.crosswalk.catalog.control.TenantControl;
import dev.crosswalk.catalog.framework.Requirement;
import dev.crosswalk.catalog.library.AdoptionResult.Adopted;
import dev.crosswalk.catalog.library.AdoptionResult.Refused;
import dev.crosswalk.catalog.library.LibraryDocument.LibraryControl;
import dev.crosswalk.catalog.soc2scope.TscCategory;
import dev.crosswalk.events.CatalogEventTypes;
import dev.crosswalk.events.ControlAdoptionEventData;
import dev.crosswalk.support.outbox.OutboxWriter;
import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adopts library controls into a tenant's control set, in one transaction: each becomes a tenant control that
 * remembers its library id and version, announced as {@code control.created} and then {@code control.adopted} with
 * its mappings, which mapping-service applies (no call between the services). Adopting a control twice creates
 * nothing; a tenant's adoptions and imports are serialised ({@link TenantControl#lockControlSetOf}).
 */
@ApplicationScoped
@Transactional
public class LibraryAdoption {
    @Inject
    ControlLibrary library;

    @Inject
    OutboxWriter outbox;

    public AdoptionResult adopt(String tenantId, AdoptionRequest request) {
        List<LibraryControl> selected = select(request);
        TenantControl.lockControlSetOf(tenantId);
        Map<String, TenantControl> adopted = new HashMap<>();
        Set<String> refCodes = new HashSet<>();
        for (TenantControl control : TenantControl.<TenantControl>list("tenantId", tenantId)) {
            refCodes.add(control.refCode);
            if (control.libraryId != null) {
                adopted.put(control.libraryId, control);
            }
        }
        List<Adopted> created = new ArrayList<>();
        List<Adopted> already = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        List<TenantControl> fresh = new ArrayList<>();
        for (LibraryControl control : selected) {
            TenantControl existing = adopted.get(control.id());
            if (existing != null) {
                already.add(new Adopted(control.id(), existing.id, existing.refCode, 0));
            } else if (control.retired()) {
                refused.add(new Refused(control.id(), "retired from the library"));
            } else if (refCodes.contains(control.id())) {
                refused.add(new Refused(control.id(), "a control of the tenant already has the ref code " + control.id()));
            } else {
                fresh.add(newControl(tenantId, control));
            }
        }
        if (!fresh.isEmpty()) {
            TenantControl.persist(fresh);
            TenantControl.flush();
        }
        for (TenantControl control : fresh) {
            LibraryControl source = library.control(control.libraryId).orElseThrow();
            List<ControlAdoptionEventData.Requirement> requirements = ControlLibrary.requirements(source);
            outbox.append(tenantId, CatalogEventTypes.CONTROL_CREATED, control.id.toString(), control.eventData());
            outbox.append(tenantId, CatalogEventTypes.CONTROL_ADOPTED, control.id.toString(),
                    new ControlAdoptionEventData(control.id, tenantId, control.refCode, control.libraryId,
                            control.libraryVersion, requirements));
            created.add(new Adopted(source.id(), control.id, control.refCode, requirements.size()));
        }
        return new AdoptionResult(library.document().id(), library.version(), created, already, refused);
    }

    private TenantControl newControl(String tenantId, LibraryControl source) {
        TenantControl control = TenantControl.newOf(tenantId, source.id());
        control.name = source.name();
        control.description = source.description();
        control.owner = source.ownerRole();
        control.frequency = source.frequency();
        control.libraryId = source.id();
        control.libraryVersion = library.version();
        return control;
    }

    /** The library controls the request names; a request naming none or several ways to choose is a 400 problem. */
    private List<LibraryControl> select(AdoptionRequest request) {
        boolean all = Boolean.TRUE.equals(request.all());
        boolean named = request.controls() != null && !request.controls().isEmpty();
        boolean byFramework = request.frameworks() != null && !request.frameworks().isEmpty();
        if ((all ? 1 : 0) + (named ? 1 : 0) + (byFramework ? 1 : 0) != 1) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Choose what to adopt in exactly one way",
                    List.of(new FieldError("all", "give \"all\": true, or \"controls\": [library ids], or \"frameworks\"")));
        }
        if (all) {
            return library.document().controls().stream().filter(c -> !c.retired()).toList();
        }
        if (named) {
            return named(request.controls());
        }
        return forFrameworks(request.frameworks(), request.soc2Categories());
    }

    private List<LibraryControl> named(List<String> ids) {
        List<LibraryControl> found = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            library.control(ids.get(i)).ifPresentOrElse(c -> {
                if (!found.contains(c)) {
                    found.add(c);
                }
            }, () -> errors.add(new FieldError("controls[" + index + "]", "'" + ids.get(index) + "' is not a library control")));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Some controls are not in the library", errors);
        }
        return found;
    }

    private List<LibraryControl> forFrameworks(List<String> frameworks, List<TscCategory> categories) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < frameworks.size(); i++) {
            if (!frameworks.get(i).equals(ControlLibrary.ISO_2022) && !frameworks.get(i).equals(ControlLibrary.SOC2)) {
                errors.add(new FieldError("frameworks[" + i + "]", "must be " + ControlLibrary.ISO_2022 + " or "
                        + ControlLibrary.SOC2));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The library maps to ISO 27001:2022 and SOC 2 only", errors);
        }
        Set<TscCategory> inScope = EnumSet.of(TscCategory.security);
        if (categories == null || categories.isEmpty()) {
            inScope = EnumSet.allOf(TscCategory.class);
        } else {
            inScope.addAll(categories);
        }
        Set<String> wantedCriteria = new HashSet<>();
        if (frameworks.contains(ControlLibrary.SOC2)) {
            Set<String> groups = inScope.stream().map(Enum::name).collect(Collectors.toSet());
            Requirement.<Requirement>list("frameworkId", ControlLibrary.SOC2).stream()
                    .filter(r -> groups.contains(r.groupCode)).forEach(r -> wantedCriteria.add(r.ref));
        }
        boolean iso = frameworks.contains(ControlLibrary.ISO_2022);
        return library.document().controls().stream().filter(c -> !c.retired())
                .filter(c -> (iso && !c.iso27001().isEmpty()) || c.soc2().stream().anyMatch(wantedCriteria::contains))
                .toList();
    }
}
