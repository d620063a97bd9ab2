package dev.crosswalk.support.http;

import io.vertx.core.http.HttpServerRequest;

/** The body length a request announces in its Content-Length header. */
public final class DeclaredLength {
    private DeclaredLength() {
    }

    /** The declared length in bytes; -1 when the header is absent or not a number (a chunked body). */
    public static long of(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
