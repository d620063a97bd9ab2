package dev.crosswalk.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A service started as a child process, with its output in a log file. */
public final class ServiceProcess {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ServiceDefinition definition;
    private final Path projectDir;
    private final Path log;
    private final Map<String, String> environment;
    private final AotCache.Mode aot;
    private Process process;

    /** A service started with its AOT cache when it has one ({@link AotCache.Mode#USE}). */
    public ServiceProcess(ServiceDefinition definition, Path projectDir, Path logDir, Map<String, String> environment) {
        this(definition, projectDir, logDir, environment, AotCache.Mode.USE);
    }

    public ServiceProcess(ServiceDefinition definition, Path projectDir, Path logDir, Map<String, String> environment,
                          AotCache.Mode aot) {
        this.definition = definition;
        this.projectDir = projectDir;
        this.log = logDir.resolve(definition.name() + ".log");
        this.environment = environment;
        this.aot = aot;
    }

    public void start() throws IOException {
        Path jar = projectDir.resolve(definition.jar());
        if (!Files.exists(jar)) {
            throw new LocalStack.StartupFailure(definition.name() + " is not built (" + jar + " missing)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
        command.addAll(definition.jvmOptions());
        command.addAll(AotCache.jvmOptions(aot, AotCache.file(projectDir, definition),
                why -> System.out.println("[local] " + definition.name() + ": " + why)));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(projectDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    public void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(definition.baseUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new LocalStack.StartupFailure(definition.name() + " exited with code " + process.exitValue()
                        + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(20); // often: the start-up benchmark reads the time to ready off this loop
        }
        throw new LocalStack.StartupFailure(definition.name() + " was not ready after " + START_TIMEOUT.toSeconds()
                + " s; see " + log);
    }

    /** The running process's id, to read its memory use from /proc. */
    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public ServiceDefinition definition() {
        return definition;
    }

    /** Kills the process at once (SIGKILL), as a crash would: no shutdown hooks, no offset commits. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(15, TimeUnit.SECONDS);
        }
    }

    public void stop() {
        stop(Duration.ofSeconds(15));
    }

    /** Asks the process to stop (SIGTERM) and waits up to {@code grace} before killing it. */
    public void stop(Duration grace) {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
