package dev.crosswalk.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the deploy files: YAML documents, env files, and the env vars a service reads. */
final class Yaml {
    static final ObjectMapper MAPPER = strictMapper();

    /** The module folder (deploy/kubernetes); surefire runs the tests there. */
    static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    static final Path REPO = MODULE.resolve("../..").normalize();

    private Yaml() {
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        // The API server refuses "8080" for an int or "true" for a bool; so do we.
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        return mapper;
    }

    static List<JsonNode> documents(Path file) {
        try (var parser = MAPPER.getFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            MAPPER.readValues(parser, JsonNode.class).forEachRemaining(doc -> {
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static JsonNode single(Path file) {
        List<JsonNode> docs = documents(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(file + " holds " + docs.size() + " documents, expected one");
        }
        return docs.get(0);
    }

    /**
     * Binds a document to the fabric8 model class of its apiVersion and kind and fails on anything the
     * API server would refuse at that level: an unknown kind, a field the type does not have, a wrong
     * scalar type. (fabric8 keeps unknown fields in additionalProperties instead of failing.)
     */
    static HasMetadata strictKubernetesObject(JsonNode doc) {
        KubernetesResource resource;
        try {
            resource = MAPPER.treeToValue(doc, KubernetesResource.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(describe(doc) + ": " + e.getOriginalMessage(), e);
        }
        if (resource instanceof GenericKubernetesResource || !(resource instanceof HasMetadata object)) {
            throw new IllegalArgumentException(describe(doc) + ": no Kubernetes type for "
                    + doc.path("apiVersion").asText() + " " + doc.path("kind").asText());
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(object, "", unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(describe(doc) + ": unknown fields " + unknown);
        }
        return object;
    }

    static String describe(JsonNode doc) {
        return doc.path("kind").asText("?") + "/" + doc.path("metadata").path("name").asText("?");
    }

    private static void collectUnknownFields(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknownFields(v, path + "." + k, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) child).keySet().forEach(k -> unknown.add(path + "." + k));
            } else {
                String name = getter.getName().substring(3);
                collectUnknownFields(child, path + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1),
                        unknown);
            }
        }
    }

    /** KEY=value lines of an env file (comments and blank lines skipped), in order. */
    static Map<String, String> envFile(Path file) {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalStateException(file + ": not KEY=value: " + line);
                }
                if (entries.put(trimmed.substring(0, eq), trimmed.substring(eq + 1)) != null) {
                    throw new IllegalStateException(file + ": " + trimmed.substring(0, eq) + " twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)");

    /** Env vars a service's application.properties reads, by name; true when it has no default. */
    static Map<String, Boolean> envVarsRead(String service) {
        Path file = REPO.resolve(service).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Boolean> read = new java.util.TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue; // profile-specific (test, dev): not what runs in a cluster
            }
            Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                read.merge(m.group(1), m.group(2).isEmpty(), Boolean::logicalOr);
            }
        }
        return read;
    }

    /** The default port of a service: the default of its HTTP_PORT env var. */
    static int defaultHttpPort(String service) {
        Path file = REPO.resolve(service).resolve("src/main/resources/application.properties");
        try {
            Matcher m = Pattern.compile("quarkus\\.http\\.port=\\$\\{[A-Z_]+:(\\d+)}").matcher(Files.readString(file));
            if (!m.find()) {
                throw new IllegalStateException(file + " has no quarkus.http.port with a default");
            }
            return Integer.parseInt(m.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> sorted(Collection<String> values) {
        return new TreeSet<>(values);
    }
}
