package dev.crosswalk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A service's ahead-of-time cache (the JDK's AOT cache, JEP 483/514/515: classes loaded and linked, method
 * profiles and compiled code from a training run), kept beside its jar as {@code target/quarkus-app/app.aot}.
 * It is made by {@link AotTraining} and only fits the JDK build and the jars it was made with: the JVM checks
 * both at start and, when they differ, says so in one warning line and runs without it.
 */
public final class AotCache {
    /** JDK 25 brought the one-step training run ({@code -XX:AOTCacheOutput}, JEP 514) and method profiles. */
    public static final int FIRST_JDK = 25;
    public static final String FILE = "app.aot";
    /**
     * The modification time every file of the application gets before training. The JVM refuses a cache whose
     * jars have another time, and Jib writes every file of an image with this one (its EPOCH_PLUS_SECOND default),
     * so the cache made here also fits the container image.
     */
    static final FileTime IMAGE_FILE_TIME = FileTime.fromMillis(1000);

    public enum Mode {
        /** Start with the cache when there is one and this JDK can read it. */
        USE,
        /** Start without it (the benchmarks' comparison). */
        OFF,
        /** A training run: the JVM writes the cache when it exits. */
        TRAIN
    }

    private AotCache() {
    }

    public static Path file(Path projectDir, ServiceDefinition service) {
        return applicationDir(projectDir, service).resolve(FILE);
    }

    static Path applicationDir(Path projectDir, ServiceDefinition service) {
        return projectDir.resolve(service.jar()).getParent();
    }

    /** Whether the JDK running this launcher (and so the services) can make and use the cache. */
    public static boolean supported() {
        return Runtime.version().feature() >= FIRST_JDK;
    }

    /** The JVM options for {@code mode}; {@code log} hears, once, why a service starts without a cache. */
    static List<String> jvmOptions(Mode mode, Path cache, Consumer<String> log) {
        return switch (mode) {
            case OFF -> List.of();
            case TRAIN -> List.of("-XX:AOTCacheOutput=" + cache);
            case USE -> {
                if (!supported()) {
                    log.accept("JDK " + Runtime.version().feature() + " has no AOT cache (JDK " + FIRST_JDK
                            + "+); starting without it");
                    yield List.of();
                }
                if (!Files.isRegularFile(cache)) {
                    log.accept("no AOT cache at " + cache + " (built with -Daot.skip?); starting without it");
                    yield List.of();
                }
                yield List.of("-XX:AOTCache=" + cache);
            }
        };
    }

    /** Why the cache is stale (missing, or older than a file of its application), or empty when it is not. */
    static Optional<String> staleBecause(Path applicationDir) throws IOException {
        Path cache = applicationDir.resolve(FILE);
        if (!Files.isRegularFile(cache)) {
            return Optional.of("no " + cache);
        }
        FileTime made = Files.getLastModifiedTime(cache);
        try (Stream<Path> files = Files.walk(applicationDir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.equals(cache))
                    .filter(f -> lastModified(f).compareTo(made) >= 0).findFirst()
                    .map(f -> f + " is newer than " + cache);
        }
    }

    /** Gives every file of the application the image's modification time (see {@link #IMAGE_FILE_TIME}). */
    static void stampLikeImage(Path applicationDir) throws IOException {
        try (Stream<Path> files = Files.walk(applicationDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, IMAGE_FILE_TIME);
            }
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }
}
