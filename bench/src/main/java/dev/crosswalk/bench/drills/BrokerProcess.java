package dev.crosswalk.bench.drills;

import dev.crosswalk.testsupport.KafkaBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A broker in a child JVM ({@link BrokerMain}) that can be killed and started again on the same data. */
public final class BrokerProcess {
    private final Path dataDir;
    private final Path log;
    private final int port = KafkaBroker.freePort();
    private final int controllerPort = KafkaBroker.freePort();
    private final int partitions;
    private final List<String> topics;
    private Process process;

    BrokerProcess(Path workDir, int partitions, List<String> topics) {
        this.dataDir = workDir.resolve("kafka");
        this.log = workDir.resolve("kafka.log");
        this.partitions = partitions;
        this.topics = topics;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The broker's process while it runs, for CPU accounting. */
    public java.util.Optional<ProcessHandle> handle() {
        return process != null && process.isAlive() ? java.util.Optional.of(process.toHandle()) : java.util.Optional.empty();
    }

    int partitions() {
        return partitions;
    }

    void start() throws IOException, InterruptedException {
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), BrokerMain.class.getName(), dataDir.toString(),
                String.valueOf(port), String.valueOf(controllerPort), String.valueOf(partitions)));
        command.addAll(topics);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log);
            }
            byte[] output = Files.readAllBytes(log);
            if (new String(output, (int) logStart, output.length - (int) logStart, StandardCharsets.ISO_8859_1)
                    .contains(BrokerMain.READY)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the broker was not ready after 90 s; see " + log);
    }

    /** SIGKILL: no controlled shutdown, the log is recovered on the next start. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(15, TimeUnit.SECONDS);
        }
    }
}
