package dev.crosswalk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @TempDir
    Path app;

    @Test
    void aServiceWithoutACacheStartsWithoutTheOptionAndSaysWhyOnce() {
        List<String> said = new ArrayList<>();
        assertEquals(List.of(), AotCache.jvmOptions(AotCache.Mode.USE, app.resolve(AotCache.FILE), said::add));
        assertEquals(1, said.size());
    }

    @Test
    void aCacheIsUsedWhenThisJdkCanReadIt() throws Exception {
        Path cache = Files.writeString(app.resolve(AotCache.FILE), "cache");
        List<String> said = new ArrayList<>();
        List<String> options = AotCache.jvmOptions(AotCache.Mode.USE, cache, said::add);
        if (AotCache.supported()) {
            assertEquals(List.of("-XX:AOTCache=" + cache), options);
            assertEquals(List.of(), said);
        } else {
            assertEquals(List.of(), options);
            assertEquals(1, said.size());
        }
    }

    /** What the images and the local stack count on: a cache that does not fit is skipped, never fatal. */
    @Test
    void aJvmGivenACacheItCannotUseStartsWithoutIt() throws Exception {
        Assumptions.assumeTrue(AotCache.supported(), "JDK " + Runtime.version().feature() + " has no AOT cache");
        Path notACache = Files.writeString(app.resolve(AotCache.FILE), "made by another JDK");
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:AOTCache=" + notACache, "-version").redirectErrorStream(true).start();
        String said = new String(java.getInputStream().readAllBytes());
        assertEquals(0, java.waitFor(), said);
        assertTrue(said.contains("AOT cache") && said.contains("version"), said);
    }

    @Test
    void trainingAsksForTheCacheAtExitAndOffAsksForNothing() {
        Path cache = app.resolve(AotCache.FILE);
        assertEquals(List.of("-XX:AOTCacheOutput=" + cache), AotCache.jvmOptions(AotCache.Mode.TRAIN, cache, s -> { }));
        assertEquals(List.of(), AotCache.jvmOptions(AotCache.Mode.OFF, cache, s -> { }));
    }

    @Test
    void aCacheOlderThanAnyJarIsStale() throws Exception {
        Path jar = Files.writeString(Files.createDirectories(app.resolve("lib/main")).resolve("a.jar"), "jar");
        assertTrue(AotCache.staleBecause(app).isPresent(), "no cache yet");
        Path cache = Files.writeString(app.resolve(AotCache.FILE), "cache");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(cache, FileTime.fromMillis(2_000_000));
        assertEquals(java.util.Optional.empty(), AotCache.staleBecause(app));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000));
        assertTrue(AotCache.staleBecause(app).orElseThrow().contains("a.jar"), "a jar rebuilt after the training run");
    }

    @Test
    void theApplicationGetsTheModificationTimeJibGivesAnImagesFiles() throws Exception {
        Path jar = Files.writeString(Files.createDirectories(app.resolve("app")).resolve("service.jar"), "jar");
        AotCache.stampLikeImage(app);
        assertEquals(FileTime.fromMillis(1000), Files.getLastModifiedTime(jar));
    }
}
