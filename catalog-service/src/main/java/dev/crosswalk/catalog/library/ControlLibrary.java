package dev.crosswalk.catalog.library;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosswalk.catalog.library.LibraryDocument.LibraryControl;
import dev.crosswalk.support.resources.ClasspathJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The shipped common control library, read once; its mappings name the bundled frameworks' requirements. */
@ApplicationScoped
public class ControlLibrary {
    public static final String RESOURCE = "library/common-controls.json";
    public static final String ISO_2022 = "iso27001:2022";
    public static final String SOC2 = "soc2-tsc:2017";

    @Inject
    ObjectMapper objectMapper;

    private volatile LibraryDocument document;
    private volatile Map<String, LibraryControl> byId;

    public LibraryDocument document() {
        if (document == null) {
            synchronized (this) {
                if (document == null) {
                    LibraryDocument read = ClasspathJson.read(objectMapper, RESOURCE, LibraryDocument.class);
                    Map<String, LibraryControl> index = new LinkedHashMap<>();
                    read.controls().forEach(c -> index.put(c.id(), c));
                    byId = index;
                    document = read;
                }
            }
        }
        return document;
    }

    public String version() {
        return document().version();
    }

    public Optional<LibraryControl> control(String id) {
        document();
        return Optional.ofNullable(id == null ? null : byId.get(id.strip().toUpperCase(Locale.ROOT)));
    }

    /** The requirements a library control is mapped to, in one framework. */
    public static List<String> mapped(LibraryControl control, String framework) {
        return switch (framework) {
            case ISO_2022 -> control.iso27001();
            case SOC2 -> control.soc2();
            default -> List.of();
        };
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
