package dev.crosswalk.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesManifestsTest {
    private static final List<String> SERVICES = List.of("gateway", "catalog-service", "evidence-service", "mapping-service");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|KEY|TOKEN)$");
    private static final String SECRET = "crosswalk-secrets";

    static Stream<Path> manifestFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Yaml.MODULE.resolve("base"))) {
            List<Path> base = files.filter(Files::isRegularFile).toList();
            try (Stream<Path> overlayFiles = Files.walk(Yaml.MODULE.resolve("overlays"))) {
                return Stream.concat(base.stream(), overlayFiles.filter(Files::isRegularFile).toList().stream())
                        .filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("manifestFiles")
    void everyManifestFileIsValidKubernetes(Path file) {
        List<JsonNode> docs = Yaml.documents(file);
        assertFalse(docs.isEmpty(), file + " is empty");
        docs.forEach(Yaml::strictKubernetesObject);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void rendersToValidObjectsWithUniqueNames(String target) {
        List<ObjectNode> objects = Kustomization.render(Yaml.MODULE.resolve(target));
        Set<String> seen = new HashSet<>();
        for (ObjectNode object : objects) {
            Yaml.strictKubernetesObject(object);
            assertTrue(seen.add(Yaml.describe(object)), target + ": " + Yaml.describe(object) + " twice");
        }
        assertEquals(Set.copyOf(SERVICES), names(typed(objects, Deployment.class)), target + ": the four services");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyContainerHasProbesResourcesAndAHeapSizedToItsLimit(String target) {
        for (Deployment deployment : typed(render(target), Deployment.class)) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = target + " " + c.getName();
                assertProbe(where, c.getStartupProbe(), "/q/health/started", c);
                assertProbe(where, c.getLivenessProbe(), "/q/health/live", c);
                assertProbe(where, c.getReadinessProbe(), "/q/health/ready", c);
                Map<String, Quantity> requests = c.getResources().getRequests();
                Map<String, Quantity> limits = c.getResources().getLimits();
                assertAll(where,
                        () -> assertTrue(requests.keySet().containsAll(List.of("cpu", "memory")), "requests cpu and memory"),
                        () -> assertTrue(limits.keySet().containsAll(List.of("cpu", "memory")), "limits cpu and memory"),
                        // A JVM does not give memory back: request what the limit allows, so the node never overcommits it.
                        () -> assertEquals(requests.get("memory"), limits.get("memory"), "memory request equals limit"),
                        () -> assertTrue(Quantity.getAmountInBytes(requests.get("cpu"))
                                .compareTo(Quantity.getAmountInBytes(limits.get("cpu"))) <= 0, "cpu request within limit"),
                        () -> assertTrue(env(c, "JAVA_TOOL_OPTIONS").matches(".*-XX:MaxRAMPercentage=([1-7][0-9])(\\.0)?( .*|$)"),
                                "heap as a percentage (10-79) of the memory limit"),
                        () -> assertTrue(c.getImage().matches("[a-z0-9./-]+/" + c.getName() + "(:[\\w.-]+|@sha256:[0-9a-f]{64})")
                                || target.equals("base"), "image " + c.getImage() + " named after the container, tagged"),
                        () -> assertFalse(c.getImage().endsWith(":latest"), "no latest tag"));
            }
        }
    }

    private static void assertProbe(String where, Probe probe, String path, Container c) {
        assertNotNull(probe, where + ": no probe for " + path);
        assertNotNull(probe.getHttpGet(), where + ": " + path + " is an HTTP probe");
        assertEquals(path, probe.getHttpGet().getPath(), where);
        String port = probe.getHttpGet().getPort().getStrVal();
        assertTrue(c.getPorts().stream().anyMatch(p -> p.getName().equals(port)), where + ": probe port " + port + " is a named container port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void noSecretValueIsCommitted(String target) {
        List<ObjectNode> objects = render(target);
        assertTrue(Kustomization.ofKind(objects, "Secret").isEmpty(), target + ": Secrets are created outside git, never rendered");
        Set<String> keysUsed = new HashSet<>();
        for (Deployment deployment : typed(objects, Deployment.class)) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar var : c.getEnv()) {
                    if (SECRET_NAME.matcher(var.getName()).matches()) {
                        String where = target + " " + c.getName() + " " + var.getName();
                        assertTrue(var.getValue() == null && var.getValueFrom() != null
                                && var.getValueFrom().getSecretKeyRef() != null, where + " must come from a secretKeyRef");
                    }
                    if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                        assertEquals(SECRET, var.getValueFrom().getSecretKeyRef().getName(), var.getName());
                        keysUsed.add(var.getValueFrom().getSecretKeyRef().getKey());
                    }
                }
                assertTrue(c.getEnvFrom() == null || c.getEnvFrom().isEmpty(), "env named one by one, so this check sees them");
            }
        }
        for (ConfigMap configMap : typed(objects, ConfigMap.class)) {
            configMap.getData().keySet().forEach(key -> assertFalse(SECRET_NAME.matcher(key).matches(),
                    target + ": " + key + " belongs in the Secret, not the ConfigMap"));
        }
        Map<String, String> documented = Yaml.envFile(Yaml.MODULE.resolve("secret.example.env"));
        assertEquals(Yaml.sorted(documented.keySet()), Yaml.sorted(keysUsed), "secret.example.env documents exactly the keys used");
        documented.forEach((key, value) -> assertEquals("", value, "secret.example.env carries no value for " + key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void environmentIsWhatEachServiceReads(String target) {
        List<ObjectNode> objects = render(target);
        Map<String, ConfigMap> configMaps = typed(objects, ConfigMap.class).stream()
                .collect(Collectors.toMap(cm -> cm.getMetadata().getName(), cm -> cm));
        for (Deployment deployment : typed(objects, Deployment.class)) {
            String service = deployment.getMetadata().getName();
            Container c = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            Map<String, Boolean> read = Yaml.envVarsRead(service);
            Set<String> expected = read.keySet().stream().filter(v -> !v.endsWith("_HTTP_PORT")).collect(Collectors.toSet());
            Set<String> set = c.getEnv().stream().map(EnvVar::getName).filter(n -> !n.equals("JAVA_TOOL_OPTIONS"))
                    .collect(Collectors.toSet());
            assertEquals(Yaml.sorted(expected), Yaml.sorted(set), target + " " + service + ": env vars its application.properties reads");
            assertEquals(Yaml.defaultHttpPort(service), c.getPorts().get(0).getContainerPort(), service + " listens on its default port");
            for (EnvVar var : c.getEnv()) {
                if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = var.getValueFrom().getConfigMapKeyRef();
                    ConfigMap configMap = configMaps.get(ref.getName());
                    assertNotNull(configMap, target + ": ConfigMap " + ref.getName());
                    assertTrue(configMap.getData().containsKey(ref.getKey()), target + ": " + ref.getName() + " has " + ref.getKey());
                    assertFalse(Boolean.TRUE.equals(ref.getOptional()), var.getName() + " is required");
                }
            }
        }
    }

    @Test
    void productionPointsAtExternalPostgresKafkaAndTheIdentityProvider() {
        Map<String, String> base = typed(render("base"), ConfigMap.class).get(0).getData();
        Map<String, String> production = typed(render("overlays/production"), ConfigMap.class).get(0).getData();
        for (String key : production.keySet()) {
            if (key.endsWith("_DB_URL") || key.equals("KAFKA_BOOTSTRAP_SERVERS") || key.startsWith("OIDC_") || key.equals("GATEWAY_CORS_ORIGINS")) {
                assertFalse(production.get(key).equals(base.get(key)), "production sets its own " + key);
                assertFalse(production.get(key).isBlank(), key);
            }
        }
        production.entrySet().stream().filter(e -> e.getKey().endsWith("_DB_URL"))
                .forEach(e -> assertTrue(e.getValue().startsWith("jdbc:postgresql://") && e.getValue().contains("sslmode="),
                        e.getKey() + " is a PostgreSQL JDBC URL with TLS"));
        assertTrue(production.get("OIDC_ISSUER").startsWith("https://"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void podsRunAsNonRootOnAReadOnlyRootWithAWritableTmp(String target) {
        for (Deployment deployment : typed(render(target), Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            String where = target + " " + deployment.getMetadata().getName();
            assertTrue(Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot()), where + " runAsNonRoot");
            assertTrue(pod.getSecurityContext().getRunAsUser() != null && pod.getSecurityContext().getRunAsUser() > 0, where + " runAsUser");
            assertFalse(Boolean.TRUE.equals(pod.getAutomountServiceAccountToken()), where + ": no API token, the services never call the API server");
            Map<String, Volume> volumes = pod.getVolumes().stream().collect(Collectors.toMap(Volume::getName, v -> v));
            for (Container c : pod.getContainers()) {
                var sc = c.getSecurityContext();
                assertTrue(Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem()), where + " readOnlyRootFilesystem");
                assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), where + " allowPrivilegeEscalation");
                assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), where + " drops all capabilities");
                for (VolumeMount mount : c.getVolumeMounts()) {
                    assertTrue(volumes.containsKey(mount.getName()), where + ": volume " + mount.getName());
                }
                VolumeMount tmp = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp")).findFirst().orElse(null);
                assertNotNull(tmp, where + ": /tmp is mounted (uploads and Vert.x caches go there)");
                assertNotNull(volumes.get(tmp.getName()).getEmptyDir(), where + ": /tmp is an emptyDir");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void evidenceArtifactsLiveOnAVolumeEveryReplicaShares(String target) {
        List<ObjectNode> objects = render(target);
        Deployment evidence = byName(typed(objects, Deployment.class), "evidence-service");
        String dir = typed(objects, ConfigMap.class).get(0).getData().get("EVIDENCE_ARTIFACT_DIR");
        Container c = evidence.getSpec().getTemplate().getSpec().getContainers().get(0);
        VolumeMount mount = c.getVolumeMounts().stream().filter(m -> m.getMountPath().equals(dir)).findFirst().orElse(null);
        assertNotNull(mount, target + ": EVIDENCE_ARTIFACT_DIR " + dir + " is a mounted volume");
        Volume volume = evidence.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getPersistentVolumeClaim(), "a PersistentVolumeClaim");
        PersistentVolumeClaim claim = byName(typed(objects, PersistentVolumeClaim.class), volume.getPersistentVolumeClaim().getClaimName());
        assertEquals(List.of("ReadWriteMany"), claim.getSpec().getAccessModes(), "replicas on several nodes share it");
        if (target.equals("overlays/production")) {
            assertNotNull(claim.getSpec().getStorageClassName(), "production names a storage class that offers ReadWriteMany");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void everyDeploymentHasAServiceAnAutoscalerAndADisruptionBudget(String target) {
        List<ObjectNode> objects = render(target);
        List<Deployment> deployments = typed(objects, Deployment.class);
        for (Deployment deployment : deployments) {
            String name = deployment.getMetadata().getName();
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertTrue(podLabels.entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()),
                    name + ": selector matches its pods");
            Container c = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

            List<Service> services = typed(objects, Service.class).stream()
                    .filter(s -> podLabels.entrySet().containsAll(s.getSpec().getSelector().entrySet())).toList();
            assertEquals(1, services.size(), target + ": one Service selects " + name);
            services.get(0).getSpec().getPorts().forEach(p -> assertTrue(c.getPorts().stream()
                    .anyMatch(cp -> cp.getName().equals(p.getTargetPort().getStrVal())), name + ": Service targets a named container port"));

            List<HorizontalPodAutoscaler> hpas = typed(objects, HorizontalPodAutoscaler.class).stream()
                    .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name)).toList();
            assertEquals(1, hpas.size(), target + ": one autoscaler for " + name);
            HorizontalPodAutoscaler hpa = hpas.get(0);
            assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
            assertEquals("apps/v1", hpa.getSpec().getScaleTargetRef().getApiVersion());
            assertTrue(hpa.getSpec().getMinReplicas() >= (target.equals("overlays/dev") ? 1 : 2), name + " minReplicas");
            assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), name + " can scale out");
            assertFalse(hpa.getSpec().getMetrics().isEmpty(), name + " scales on a metric");
            assertTrue(deployment.getSpec().getReplicas() == null, name + ": replicas left to the autoscaler, or every apply resets them");

            List<PodDisruptionBudget> budgets = typed(objects, PodDisruptionBudget.class).stream()
                    .filter(b -> podLabels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet())).toList();
            assertEquals(1, budgets.size(), target + ": one PodDisruptionBudget for " + name);
            PodDisruptionBudget budget = budgets.get(0);
            assertTrue(budget.getSpec().getMinAvailable() == null ^ budget.getSpec().getMaxUnavailable() == null, "minAvailable or maxUnavailable");
            if (budget.getSpec().getMinAvailable() != null) {
                assertTrue(budget.getSpec().getMinAvailable().getIntVal() < hpa.getSpec().getMinReplicas(),
                        name + ": the budget still lets a node drain");
            }
        }
        for (HorizontalPodAutoscaler hpa : typed(objects, HorizontalPodAutoscaler.class)) {
            assertTrue(names(deployments).contains(hpa.getSpec().getScaleTargetRef().getName()), "HPA target exists");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/production"})
    void onlyTheGatewayIsReachableFromOutside(String target) {
        List<ObjectNode> objects = render(target);
        List<Service> services = typed(objects, Service.class);
        services.forEach(s -> assertEquals("ClusterIP", s.getSpec().getType(), s.getMetadata().getName() + " is ClusterIP"));
        List<Ingress> ingresses = typed(objects, Ingress.class);
        if (target.equals("overlays/production")) {
            assertEquals(1, ingresses.size(), "production exposes the gateway through an Ingress");
            assertFalse(ingresses.get(0).getSpec().getTls().isEmpty(), "over TLS");
        }
        for (Ingress ingress : ingresses) {
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    var backend = path.getBackend().getService();
                    assertEquals("gateway", backend.getName(), "the Ingress routes to the gateway only");
                    Service gateway = byName(services, "gateway");
                    assertTrue(gateway.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getPort().getName())
                            || p.getPort().equals(backend.getPort().getNumber())), "the Ingress names a port of the gateway Service");
                }
            }
        }
    }

    @Test
    void strictParsingRejectsAFieldKubernetesDoesNotHave() {
        ObjectNode deployment = Kustomization.ofKind(render("base"), "Deployment").get(0).deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.get("readinessProbe"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Yaml.strictKubernetesObject(deployment));
        assertTrue(e.getMessage().contains("readinesProbe"), e.getMessage());
    }

    @Test
    void strictParsingRejectsAStringWhereKubernetesWantsANumber() {
        ObjectNode service = Kustomization.ofKind(render("base"), "Service").get(0).deepCopy();
        ((ObjectNode) service.at("/spec/ports/0")).put("port", "8080");
        assertThrows(IllegalArgumentException.class, () -> Yaml.strictKubernetesObject(service));
        ObjectNode unknownKind = service.deepCopy().put("kind", "Servise");
        assertThrows(IllegalArgumentException.class, () -> Yaml.strictKubernetesObject(unknownKind));
    }

    @Test
    void renderingFailsOnAMissingResourceOrAPatchWithoutTarget(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - %s
                patches:
                  - target:
                      kind: HorizontalPodAutoscaler
                      name: gatewy
                    patch: |-
                      - op: replace
                        path: /spec/maxReplicas
                        value: 3
                """.formatted(Yaml.MODULE.resolve("base")));
        AssertionError patch = assertThrows(AssertionError.class, () -> Kustomization.render(dir));
        assertTrue(patch.getMessage().contains("gatewy"), patch.getMessage());

        Files.writeString(dir.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ingres.yaml
                """);
        AssertionError resource = assertThrows(AssertionError.class, () -> Kustomization.render(dir));
        assertTrue(resource.getMessage().contains("ingres.yaml"), resource.getMessage());
    }

    @Test
    void inProductionOnlyTheGatewayReachesTheServices() {
        List<ObjectNode> objects = render("overlays/production");
        List<NetworkPolicy> policies = typed(objects, NetworkPolicy.class);
        Map<String, Map<String, String>> podLabels = typed(objects, Deployment.class).stream().collect(Collectors.toMap(
                d -> d.getMetadata().getName(), d -> d.getSpec().getTemplate().getMetadata().getLabels()));
        for (String service : List.of("catalog-service", "evidence-service", "mapping-service")) {
            List<NetworkPolicy> selecting = policies.stream()
                    .filter(p -> selects(p.getSpec().getPodSelector(), podLabels.get(service))).toList();
            assertFalse(selecting.isEmpty(), service + ": no NetworkPolicy selects its pods");
            for (NetworkPolicy policy : selecting) {
                assertTrue(policy.getSpec().getPolicyTypes().contains("Ingress"), policy.getMetadata().getName());
                for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                    assertFalse(rule.getFrom().isEmpty(), service + ": a rule admits every source");
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        assertTrue(peer.getIpBlock() == null && peer.getNamespaceSelector() == null
                                && selects(peer.getPodSelector(), podLabels.get("gateway"))
                                && podLabels.entrySet().stream().filter(e -> selects(peer.getPodSelector(), e.getValue()))
                                        .map(Map.Entry::getKey).toList().equals(List.of("gateway")),
                                service + ": admits more than the gateway's pods: " + peer);
                    }
                }
            }
        }
    }

    private static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean byLabels = selector.getMatchLabels() == null || selector.getMatchLabels().entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        boolean byExpressions = selector.getMatchExpressions() == null || selector.getMatchExpressions().stream()
                .allMatch(e -> switch (e.getOperator()) {
                    case "In" -> e.getValues().contains(labels.get(e.getKey()));
                    case "NotIn" -> !e.getValues().contains(labels.get(e.getKey()));
                    case "Exists" -> labels.containsKey(e.getKey());
                    default -> !labels.containsKey(e.getKey());
                });
        return byLabels && byExpressions;
    }

    private static List<ObjectNode> render(String target) {
        return Kustomization.render(Yaml.MODULE.resolve(target));
    }

    private static <T extends HasMetadata> List<T> typed(List<ObjectNode> objects, Class<T> type) {
        return objects.stream().map(Yaml::strictKubernetesObject).filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T byName(List<T> objects, String name) {
        return objects.stream().filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no object named " + name));
    }

    private static Set<String> names(List<? extends HasMetadata> objects) {
        return objects.stream().map(o -> o.getMetadata().getName()).collect(Collectors.toSet());
    }

    private static String env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).map(EnvVar::getValue).findFirst().orElse("");
    }
}
