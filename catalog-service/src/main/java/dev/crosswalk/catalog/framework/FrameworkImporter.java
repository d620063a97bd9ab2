package dev.crosswalk.catalog.framework;

import dev.crosswalk.support.problem.Problem.FieldError;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a framework document and stores it, whole or not at all. */
@ApplicationScoped
@Transactional
public class FrameworkImporter {
    @Inject
    Validator validator;

    @Inject
    EntityManager entityManager;

    @Inject
    FrameworkAnnouncer announcer;

    /** Imports a new framework, shared with every tenant; a framework with the same id is a 409 problem. */
    public Framework importNew(FrameworkDocument document, String importedBy) {
        check(document);
        lockImports();
        if (Framework.findById(document.id()) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "Framework '" + document.id()
                    + "' already exists; import the new edition under a new version id");
        }
        Framework framework = store(document, "imported");
        framework.importedBy = importedBy;
        announcer.announceOnce(framework.id);
        return framework;
    }

    /**
     * Imports the framework unless it is already there; safe when several replicas start at once. Either
     * way the framework is announced on catalog.events if it never was.
     */
    public boolean importIfAbsent(FrameworkDocument document, String origin) {
        check(document);
        lockImports();
        if (Framework.findById(document.id()) != null) {
            announcer.announceOnce(document.id());
            return false;
        }
        store(document, origin);
        announcer.announceOnce(document.id());
        return true;
    }

    /** Shares a framework withheld from tenants (one imported before imports were the operator's). */
    public Framework share(String frameworkId) {
        Framework framework = Framework.findById(frameworkId);
        if (framework == null) {
            throw ProblemException.notFound("Framework", frameworkId);
        }
        framework.shared = true;
        return framework;
    }

    private void lockImports() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('catalog.framework-import'))")
                .getSingleResult();
    }

    private Framework store(FrameworkDocument document, String origin) {
        Framework framework = new Framework();
        framework.id = document.id();
        framework.name = document.name();
        framework.version = document.version();
        framework.publisher = document.publisher();
        framework.description = document.description();
        framework.origin = origin;
        framework.importedAt = Instant.now();
        framework.shared = true;
        framework.persist();
        int position = 0;
        for (FrameworkDocument.Group entry : document.groups()) {
            RequirementGroup group = new RequirementGroup();
            group.frameworkId = document.id();
            group.code = entry.code();
            group.title = entry.title();
            group.position = position++;
            group.persist();
        }
        entityManager.flush();
        position = 0;
        for (FrameworkDocument.RequirementEntry entry : document.requirements()) {
            Requirement requirement = new Requirement();
            requirement.frameworkId = document.id();
            requirement.ref = entry.ref();
            requirement.title = entry.title();
            requirement.kind = entry.kind();
            requirement.groupCode = entry.group();
            requirement.parentRef = entry.parent();
            requirement.newInVersion = Boolean.TRUE.equals(entry.newInVersion());
            requirement.position = position++;
            requirement.persist();
        }
        return framework;
    }

    private void check(FrameworkDocument document) {
        Set<ConstraintViolation<FrameworkDocument>> violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < document.groups().size(); i++) {
            if (!groups.add(document.groups().get(i).code())) {
                errors.add(new FieldError("groups[" + i + "].code", "is used by another group"));
            }
        }
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < document.requirements().size(); i++) {
            if (!refs.add(document.requirements().get(i).ref())) {
                errors.add(new FieldError("requirements[" + i + "].ref", "is used by another requirement"));
            }
        }
        for (int i = 0; i < document.requirements().size(); i++) {
            FrameworkDocument.RequirementEntry entry = document.requirements().get(i);
            if (!groups.contains(entry.group())) {
                errors.add(new FieldError("requirements[" + i + "].group", "names no group of this framework"));
            }
            if (entry.parent() != null && (!refs.contains(entry.parent()) || entry.parent().equals(entry.ref()))) {
                errors.add(new FieldError("requirements[" + i + "].parent", "names no other requirement of this framework"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    errors.size() + " inconsistencies in the framework document", errors.subList(0, Math.min(50, errors.size())));
        }
    }
}
