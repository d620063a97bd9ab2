package dev.crosswalk.mapping.crosswalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.mapping.MappingConfig;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.resources.ClasspathJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every version of each crosswalk shipped with the service, side by side: the one in use
 * ({@code mapping.crosswalks}) and the earlier ones kept for comparison ({@code mapping.crosswalk-history}),
 * and what changed between two of them.
 */
@ApplicationScoped
public class CrosswalkVersions {
    static final Comparator<String> SEMANTIC = Comparator.comparing(CrosswalkVersions::numbers,
            (a, b) -> {
                for (int i = 0; i < Math.max(a.length, b.length); i++) {
                    int x = i < a.length ? a[i] : 0;
                    int y = i < b.length ? b[i] : 0;
                    if (x != y) {
                        return Integer.compare(x, y);
                    }
                }
                return 0;
            });

    @Inject
    MappingConfig config;

    @Inject
    ObjectMapper objectMapper;

    private volatile List<CrosswalkDocument> inUse;
    private volatile Map<String, List<CrosswalkDocument>> shipped;

    public record VersionView(String version, boolean inUse, int links, int noCounterpart, String provenance) {
    }

    /** One link that differs between two versions; the "from" values are null for an added link, "to" for a removed one. */
    public record LinkChange(String source, String target, Relationship fromRelationship, Relationship toRelationship,
                             Integer fromStrength, Integer toStrength, String rationale) {
    }

    public record DiffSummary(int added, int removed, int retyped, int reweighted, int noCounterpartAdded,
                              int noCounterpartRemoved) {
    }

    public record Diff(String crosswalk, String from, String to, DiffSummary summary, List<LinkChange> added,
                       List<LinkChange> removed, List<LinkChange> retyped, List<LinkChange> reweighted,
                       List<CrosswalkDocument.Unmapped> noCounterpartAdded,
                       List<CrosswalkDocument.Unmapped> noCounterpartRemoved) {
    }

    public List<VersionView> versions(String crosswalkId, String inUse) {
        return documents(crosswalkId).stream().map(d -> new VersionView(d.version(), d.version().equals(inUse),
                d.links().size(), d.noCounterpart().size(), d.provenance())).toList();
    }

    public Diff diff(String crosswalkId, String from, String to) {
        CrosswalkDocument older = document(crosswalkId, from, "from");
        CrosswalkDocument newer = document(crosswalkId, to, "to");
        Map<String, CrosswalkDocument.Link> before = byPair(older);
        Map<String, CrosswalkDocument.Link> after = byPair(newer);
        List<LinkChange> added = new ArrayList<>();
        List<LinkChange> removed = new ArrayList<>();
        List<LinkChange> retyped = new ArrayList<>();
        List<LinkChange> reweighted = new ArrayList<>();
        after.forEach((pair, link) -> {
            CrosswalkDocument.Link was = before.get(pair);
            if (was == null) {
                added.add(new LinkChange(link.source(), link.target(), null, link.relationship(), null, link.strength(),
                        link.rationale()));
            } else if (was.relationship() != link.relationship()) {
                retyped.add(change(was, link));
            } else if (was.strength() != link.strength()) {
                reweighted.add(change(was, link));
            }
        });
        before.forEach((pair, link) -> {
            if (!after.containsKey(pair)) {
                removed.add(new LinkChange(link.source(), link.target(), link.relationship(), null, link.strength(), null,
                        link.rationale()));
            }
        });
        List<CrosswalkDocument.Unmapped> declared = newer.noCounterpart().stream()
                .filter(u -> older.noCounterpart().stream().noneMatch(o -> same(o, u))).toList();
        List<CrosswalkDocument.Unmapped> undeclared = older.noCounterpart().stream()
                .filter(u -> newer.noCounterpart().stream().noneMatch(n -> same(n, u))).toList();
        return new Diff(crosswalkId, from, to, new DiffSummary(added.size(), removed.size(), retyped.size(),
                reweighted.size(), declared.size(), undeclared.size()), added, removed, retyped, reweighted, declared,
                undeclared);
    }

    /** The shipped document of one version; a 404 problem naming the parameter when there is none. */
    public CrosswalkDocument document(String crosswalkId, String version, String parameter) {
        return documents(crosswalkId).stream().filter(d -> d.version().equals(version)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Version '" + parameter + "' of crosswalk " + crosswalkId,
                        version));
    }

    private List<CrosswalkDocument> documents(String crosswalkId) {
        List<CrosswalkDocument> versions = shipped().get(crosswalkId);
        if (versions == null) {
            throw ProblemException.notFound("Crosswalk", crosswalkId);
        }
        return versions;
    }

    /** The documents to load ({@code mapping.crosswalks}), read once. */
    public List<CrosswalkDocument> inUse() {
        if (inUse == null) {
            inUse = read(config.crosswalks());
        }
        return inUse;
    }

    private List<CrosswalkDocument> read(List<String> resources) {
        return resources.stream().map(resource -> ClasspathJson.read(objectMapper, resource, CrosswalkDocument.class))
                .toList();
    }

    private Map<String, List<CrosswalkDocument>> shipped() {
        if (shipped == null) {
            shipped = Stream.concat(inUse().stream(), read(config.crosswalkHistory().orElse(List.of())).stream())
                    .collect(Collectors.groupingBy(CrosswalkDocument::id, LinkedHashMap::new, Collectors.collectingAndThen(
                            Collectors.toList(), list -> list.stream()
                                    .sorted(Comparator.comparing(CrosswalkDocument::version, SEMANTIC)).toList())));
        }
        return shipped;
    }

    static Map<String, CrosswalkDocument.Link> byPair(CrosswalkDocument document) {
        Map<String, CrosswalkDocument.Link> pairs = new LinkedHashMap<>();
        document.links().forEach(link -> pairs.put(link.source() + " " + link.target(), link));
        return pairs;
    }

    private static LinkChange change(CrosswalkDocument.Link was, CrosswalkDocument.Link now) {
        return new LinkChange(now.source(), now.target(), was.relationship(), now.relationship(), was.strength(),
                now.strength(), now.rationale());
    }

    private static boolean same(CrosswalkDocument.Unmapped a, CrosswalkDocument.Unmapped b) {
        return Objects.equals(a.framework(), b.framework()) && Objects.equals(a.ref(), b.ref());
    }

    private static int[] numbers(String version) {
        return Stream.of(version.split("\\.")).mapToInt(part -> {
            try {
                return Integer.parseInt(part);
            } catch (NumberFormatException e) {
                return 0;
            }
        }).toArray();
    }
}
