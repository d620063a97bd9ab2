package dev.crosswalk.support.resources;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a JSON data file shipped on the classpath (bundled frameworks, crosswalks); a missing one is a startup error. */
public final class ClasspathJson {
    private ClasspathJson() {
    }

    public static <T> T read(ObjectMapper objectMapper, String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return objectMapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
