package dev.crosswalk.catalog.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.CatalogConfig;
import dev.crosswalk.catalog.library.LibraryDocument.LibraryControl;
import dev.crosswalk.events.ControlAdoptionEventData;
import dev.crosswalk.support.resources.ClasspathJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped common control library, read once: the current version (what tenants adopt) and the earlier ones
 * (what upgrades compare a tenant's adopted controls against). Its mappings name the bundled frameworks' requirements.
 */
@ApplicationScoped
public class ControlLibrary {
    public static final String ISO_2022 = "iso27001:2022";
    public static final String SOC2 = "soc2-tsc:2017";

    @Inject
    ObjectMapper objectMapper;

    @Inject
    CatalogConfig config;

    /** One version of the library, with its controls by id. */
    public record Version(LibraryDocument document, Map<String, LibraryControl> byId) {
        static Version of(LibraryDocument document) {
            Map<String, LibraryControl> index = new LinkedHashMap<>();
            document.controls().forEach(c -> index.put(c.id(), c));
            return new Version(document, index);
        }
    }

    private volatile Version current;
    private volatile Map<String, Version> versions;

    private void load() {
        if (current == null) {
            synchronized (this) {
                if (current == null) {
                    Map<String, Version> all = new HashMap<>();
                    for (String resource : config.library().history().orElse(List.of())) {
                        Version earlier = Version.of(ClasspathJson.read(objectMapper, resource, LibraryDocument.class));
                        all.put(earlier.document().version(), earlier);
                    }
                    Version now = Version.of(ClasspathJson.read(objectMapper, config.library().current(),
                            LibraryDocument.class));
                    all.put(now.document().version(), now);
                    versions = all;
                    current = now;
                }
            }
        }
    }

    public LibraryDocument document() {
        load();
        return current.document();
    }

    public String version() {
        return document().version();
    }

    /** A shipped version of the library; empty for one this build does not ship. */
    public Optional<Version> version(String version) {
        load();
        return Optional.ofNullable(version == null ? null : versions.get(version));
    }

    public Optional<LibraryControl> control(String id) {
        load();
        return Optional.ofNullable(id == null ? null : current.byId().get(id.strip().toUpperCase(Locale.ROOT)));
    }

    /** The requirements a library control is mapped to, in one framework. */
    public static List<String> mapped(LibraryControl control, String framework) {
        return switch (framework) {
            case ISO_2022 -> control.iso27001();
            case SOC2 -> control.soc2();
            default -> List.of();
        };
    }

    /** Every requirement a library control is mapped to, ISO 27001:2022 first. */
    public static List<ControlAdoptionEventData.Requirement> requirements(LibraryControl control) {
        List<ControlAdoptionEventData.Requirement> requirements = new java.util.ArrayList<>();
        control.iso27001().forEach(r -> requirements.add(new ControlAdoptionEventData.Requirement(ISO_2022, r)));
        control.soc2().forEach(r -> requirements.add(new ControlAdoptionEventData.Requirement(SOC2, r)));
        return requirements;
    }

    /** Library controls matching every filter given (null: any): domain, a requirement of a framework, text. */
    public List<LibraryControl> search(String domain, String framework, String requirement, String text) {
        String needle = text == null ? null : text.strip().toLowerCase(Locale.ROOT);
        return document().controls().stream()
                .filter(c -> domain == null || c.domain().equals(domain))
                .filter(c -> framework == null || !mapped(c, framework).isEmpty())
                .filter(c -> requirement == null || (framework == null
                        ? c.iso27001().contains(requirement) || c.soc2().contains(requirement)
                        : mapped(c, framework).contains(requirement)))
                .filter(c -> needle == null || (c.id() + " " + c.name() + " " + c.description())
                        .toLowerCase(Locale.ROOT).contains(needle))
                .toList();
    }
}
