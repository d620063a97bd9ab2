package dev.crosswalk.catalog.framework;

import dev.crosswalk.catalog.framework.FrameworkViews.FrameworkDetail;
import dev.crosswalk.catalog.framework.FrameworkViews.FrameworkSummary;
import dev.crosswalk.catalog.framework.FrameworkViews.GroupCount;
import dev.crosswalk.catalog.framework.FrameworkViews.RequirementDetail;
import dev.crosswalk.catalog.framework.FrameworkViews.RequirementRef;
import dev.crosswalk.catalog.framework.FrameworkViews.RequirementView;
import dev.crosswalk.support.identity.Caller;
import dev.crosswalk.support.paging.FilterQuery;
import dev.crosswalk.support.paging.PageRequest;
import dev.crosswalk.support.paging.PageResponse;
import dev.crosswalk.support.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Read side of the catalogue: frameworks, their group counts, requirement search and lookup. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FrameworkCatalog {
    @Inject
    Caller caller;

    public List<FrameworkSummary> frameworks() {
        Map<String, Long> counts = countBy(Requirement.getEntityManager().createQuery(
                "select r.frameworkId, count(r) from Requirement r group by r.frameworkId", Object[].class).getResultList());
        return Framework.<Framework>list(caller.isOperator() ? "order by id" : "shared = true order by id").stream()
                .map(f -> new FrameworkSummary(f.id, f.name, f.version, f.publisher, f.description, f.origin,
                        f.importedAt, f.shared, counts.getOrDefault(f.id, 0L)))
                .toList();
    }

    public FrameworkDetail framework(String id) {
        Framework f = require(id);
        Map<String, Long> counts = countBy(Requirement.getEntityManager().createQuery(
                "select r.groupCode, count(r) from Requirement r where r.frameworkId = ?1 group by r.groupCode",
                Object[].class).setParameter(1, id).getResultList());
        List<GroupCount> groups = RequirementGroup.<RequirementGroup>list("frameworkId = ?1 order by position", id)
                .stream().map(g -> new GroupCount(g.code, g.title, counts.getOrDefault(g.code, 0L))).toList();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long newInVersion = Requirement.count("frameworkId = ?1 and newInVersion = true", id);
        return new FrameworkDetail(f.id, f.name, f.version, f.publisher, f.description, f.origin, f.importedAt, f.shared,
                total, groups, newInVersion);
    }

    public PageResponse<RequirementView> requirements(RequirementFilter filter, PageRequest page) {
        if (filter.frameworkId() != null) {
            require(filter.frameworkId());
        }
        FilterQuery query = new FilterQuery()
                .equal("frameworkId", filter.frameworkId())
                .equal("groupCode", filter.group())
                .equal("kind", filter.kind())
                .containsText(filter.text(), "ref", "title")
                .whereIf(!caller.isOperator(), "frameworkId in (select f.id from Framework f where f.shared = true)");
        PanacheQuery<Requirement> rows = Requirement.find(query.orderedBy("frameworkId, position"), query.parameters());
        List<Requirement> items = rows.page(Page.of(page.page(), page.size())).list();
        return PageResponse.of(items, page, rows.count(), RequirementView::of);
    }

    public RequirementDetail requirement(String frameworkId, String ref) {
        require(frameworkId);
        Requirement r = Requirement.findByRef(frameworkId, ref)
                .orElseThrow(() -> ProblemException.notFound("Requirement", frameworkId + " " + ref));
        RequirementRef parent = r.parentRef == null ? null
                : Requirement.findByRef(frameworkId, r.parentRef).map(RequirementRef::of).orElse(null);
        List<RequirementRef> children = Requirement.childrenOf(frameworkId, ref).stream().map(RequirementRef::of).toList();
        String groupTitle = RequirementGroup.<RequirementGroup>find("frameworkId = ?1 and code = ?2", frameworkId, r.groupCode)
                .firstResultOptional().map(g -> g.title).orElse(null);
        return new RequirementDetail(r.frameworkId, r.ref, r.title, r.kind, r.groupCode, groupTitle, r.newInVersion,
                parent, children);
    }

    private static Map<String, Long> countBy(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** The framework, or 404 when there is none or it is withheld from tenants and the caller is one. */
    private Framework require(String id) {
        Framework framework = Framework.findById(id);
        if (framework == null || !framework.shared && !caller.isOperator()) {
            throw ProblemException.notFound("Framework", id);
        }
        return framework;
    }

}
