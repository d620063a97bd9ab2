package dev.crosswalk.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * Dashboards use generated clients: a Java client generated from the merged document the gateway
 * serves (all services up) must generate without spec errors and compile.
 */
@QuarkusTest
class GeneratedClientTest {

    @Test
    void aJavaClientGeneratedFromTheMergedDocumentCompiles() throws IOException {
        Path work = Files.createDirectories(Path.of("target", "generated-client"));
        Path spec = work.resolve("suite-openapi.json");
        Files.writeString(spec, given().when().get("/openapi/suite.json").then().statusCode(200).extract().asString());

        Path sources = work.resolve("src");
        deleteRecursively(sources);
        CodegenConfigurator generator = new CodegenConfigurator()
                .setInputSpec(spec.toString())
                .setGeneratorName("java")
                .setLibrary("native")
                .setOutputDir(sources.toString())
                .setApiPackage("dev.crosswalk.client.api")
                .setModelPackage("dev.crosswalk.client.model")
                .setInvokerPackage("dev.crosswalk.client")
                .setValidateSpec(true)
                .setAdditionalProperties(Map.of("useJakartaEe", true, "openApiNullable", false,
                        "annotationLibrary", "none", "hideGenerationTimestamp", true));
        new DefaultGenerator().opts(generator.toClientOptInput()).generate();

        List<File> javaFiles;
        try (Stream<Path> files = Files.walk(sources.resolve("src/main/java"))) {
            javaFiles = files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        assertTrue(javaFiles.stream().anyMatch(f -> f.getName().equals("EvidenceApi.java")), "an API class per tag");
        assertEquals(List.of(), compile(javaFiles, work.resolve("classes")));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Compiles against the test classpath (Jackson is on it); answers the error messages, if any. */
    private static List<String> compile(List<File> javaFiles, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            javac.getTask(new StringWriter(), files, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", classpath, "-proc:none", "-nowarn"),
                    null, files.getJavaFileObjectsFromFiles(javaFiles)).call();
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + " " + d.getMessage(null))
                .toList();
    }
}
