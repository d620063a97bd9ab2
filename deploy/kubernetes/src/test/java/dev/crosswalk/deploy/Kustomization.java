package dev.crosswalk.deploy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds what {@code kubectl kustomize} would for the subset of kustomize these manifests use, and
 * fails on anything it does not understand rather than guessing: every resource must exist, every
 * generator merge must find its ConfigMap, every patch must find an object to change.
 */
final class Kustomization {
    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "namespace", "labels", "resources",
            "configMapGenerator", "images", "patches");

    private Kustomization() {
    }

    static List<ObjectNode> render(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        check(Files.isRegularFile(file), dir + " has no kustomization.yaml");
        JsonNode k = Yaml.single(file);
        check("kustomize.config.k8s.io/v1beta1".equals(k.path("apiVersion").asText())
                && "Kustomization".equals(k.path("kind").asText()), file + ": not a v1beta1 Kustomization");
        k.fieldNames().forEachRemaining(f -> check(FIELDS.contains(f), file + ": field this check does not know: " + f));

        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                objects.addAll(render(path));
            } else {
                check(Files.isRegularFile(path), file + ": resource " + resource.asText() + " does not exist");
                Yaml.documents(path).forEach(doc -> objects.add((ObjectNode) doc.deepCopy()));
            }
        }
        for (JsonNode generator : k.path("configMapGenerator")) {
            generateConfigMap(dir, file, generator, objects);
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, file, patch, objects);
        }
        for (JsonNode labels : k.path("labels")) {
            check(!labels.path("includeSelectors").asBoolean(false), file + ": includeSelectors would change immutable selectors");
            for (ObjectNode object : objects) {
                ((ObjectNode) object.with("metadata").with("labels")).setAll((ObjectNode) labels.path("pairs"));
            }
        }
        if (k.hasNonNull("namespace")) {
            objects.forEach(o -> o.with("metadata").put("namespace", k.get("namespace").asText()));
        }
        for (JsonNode image : k.path("images")) {
            setImage(file, image, objects);
        }
        return objects;
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    private static void generateConfigMap(Path dir, Path file, JsonNode generator, List<ObjectNode> objects) {
        String name = generator.path("name").asText();
        Map<String, String> data = new LinkedHashMap<>();
        for (JsonNode env : generator.path("envs")) {
            Path envFile = dir.resolve(env.asText());
            check(Files.isRegularFile(envFile), file + ": env file " + env.asText() + " does not exist");
            data.putAll(Yaml.envFile(envFile));
        }
        for (JsonNode literal : generator.path("literals")) {
            String[] kv = literal.asText().split("=", 2);
            data.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        List<ObjectNode> existing = objects.stream()
                .filter(o -> "ConfigMap".equals(o.path("kind").asText()) && name.equals(o.at("/metadata/name").asText()))
                .toList();
        String behavior = generator.path("behavior").asText("create");
        switch (behavior) {
            case "create" -> {
                check(existing.isEmpty(), file + ": ConfigMap " + name + " already exists (use behavior: merge)");
                ObjectNode configMap = Yaml.MAPPER.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
                configMap.with("metadata").put("name", name);
                data.forEach(configMap.with("data")::put);
                objects.add(configMap);
            }
            case "merge" -> {
                check(existing.size() == 1, file + ": merge into ConfigMap " + name + " that the base does not generate");
                for (String key : data.keySet()) {
                    check(existing.get(0).path("data").has(key), file + ": merges " + key + " that the base ConfigMap lacks (a typo?)");
                }
                data.forEach(existing.get(0).with("data")::put);
            }
            default -> throw new AssertionError(file + ": configMapGenerator behavior " + behavior);
        }
    }

    private static void applyPatch(Path dir, Path file, JsonNode entry, List<ObjectNode> objects) {
        JsonNode patch;
        if (entry.hasNonNull("path")) {
            Path patchFile = dir.resolve(entry.get("path").asText());
            check(Files.isRegularFile(patchFile), file + ": patch " + entry.get("path").asText() + " does not exist");
            patch = Yaml.single(patchFile);
        } else {
            try {
                patch = Yaml.MAPPER.readTree(entry.path("patch").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JsonNode target = entry.path("target");
        String kind = target.isMissingNode() ? patch.path("kind").asText() : target.path("kind").asText();
        String name = target.isMissingNode() ? patch.at("/metadata/name").asText() : target.path("name").asText();
        check(!kind.isEmpty(), file + ": a patch without a target kind");
        List<ObjectNode> targets = objects.stream()
                .filter(o -> kind.equals(o.path("kind").asText()))
                .filter(o -> name.isEmpty() || name.equals(o.at("/metadata/name").asText()))
                .toList();
        check(!targets.isEmpty(), file + ": patch targets " + kind + "/" + (name.isEmpty() ? "*" : name) + ", which does not exist");
        for (ObjectNode object : targets) {
            if (patch.isArray()) {
                patch.forEach(op -> applyJsonPatchOperation(file, object, op));
            } else {
                mergeInto(file, object, (ObjectNode) patch);
            }
        }
    }

    private static void mergeInto(Path file, ObjectNode object, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            check(!value.isArray(), file + ": list in a strategic merge patch; this check does not implement merge keys");
            if (value.isObject() && object.path(field.getKey()).isObject()) {
                mergeInto(file, (ObjectNode) object.get(field.getKey()), (ObjectNode) value);
            } else {
                object.set(field.getKey(), value);
            }
        }
    }

    private static void applyJsonPatchOperation(Path file, ObjectNode object, JsonNode op) {
        JsonPointer path = JsonPointer.compile(op.path("path").asText());
        JsonNode parent = object.at(path.head());
        String field = path.last().getMatchingProperty();
        String what = file + ": " + op.path("op").asText() + " " + path + " on " + Yaml.describe(object);
        check(parent.isObject() || parent.isArray(), what + ": no such parent");
        switch (op.path("op").asText()) {
            case "replace" -> {
                check(!object.at(path).isMissingNode(), what + ": nothing to replace");
                set(parent, field, op.get("value"));
            }
            case "add" -> set(parent, field, op.get("value"));
            case "remove" -> {
                check(!object.at(path).isMissingNode(), what + ": nothing to remove");
                if (parent instanceof ObjectNode o) {
                    o.remove(field);
                } else {
                    ((ArrayNode) parent).remove(Integer.parseInt(field));
                }
            }
            default -> throw new AssertionError(what + ": operation this check does not implement");
        }
    }

    private static void set(JsonNode parent, String field, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set(field, value);
        } else if ("-".equals(field)) {
            ((ArrayNode) parent).add(value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(field), value);
        }
    }

    private static void setImage(Path file, JsonNode image, List<ObjectNode> objects) {
        String name = image.path("name").asText();
        check(image.hasNonNull("newTag") || image.hasNonNull("digest"), file + ": image " + name + " without a tag or digest");
        int replaced = 0;
        for (ObjectNode deployment : ofKind(objects, "Deployment")) {
            for (JsonNode container : deployment.at("/spec/template/spec/containers")) {
                String current = container.path("image").asText();
                if (current.equals(name) || current.startsWith(name + ":")) {
                    String newName = image.path("newName").asText(name);
                    String ref = image.hasNonNull("digest") ? newName + "@" + image.get("digest").asText()
                            : newName + ":" + image.get("newTag").asText();
                    ((ObjectNode) container).put("image", ref);
                    replaced++;
                }
            }
        }
        check(replaced > 0, file + ": image " + name + " is used by no container");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
