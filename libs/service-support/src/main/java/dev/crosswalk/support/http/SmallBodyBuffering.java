package dev.crosswalk.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads small request bodies (a declared Content-Length up to {@code crosswalk.http.buffer-bodies-up-to},
 * 64 KiB by default) whole on the event loop, before the REST layer runs; the REST layer then hands the
 * endpoint the bytes already read. Without it, Quarkus REST reads the body of a blocking endpoint from the
 * worker thread through a stream fed chunk by chunk under the connection's monitor, and at a few hundred
 * requests a second that hand-over took a fifth of evidence-service's CPU (bench/README.md, evidence to
 * coverage). Bigger and chunked bodies, forms and HTTP/2 requests (whose stream the REST layer may not
 * pause once it has ended) are streamed as before. Set to 0 to turn it off: the gateway does, since its
 * proxy streams bodies through untouched.
 */
@ApplicationScoped
public class SmallBodyBuffering {
    @ConfigProperty(name = "crosswalk.http.buffer-bodies-up-to", defaultValue = "64K")
    MemorySize limit;

    void install(@Observes Router router) {
        long largest = limit.asLongValue();
        if (largest <= 0) {
            return;
        }
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(largest);
        // before every other route of ours (the gateway's proxy is at -10), after the HTTP filters
        router.route().order(-100).handler(context -> {
            HttpServerRequest request = context.request();
            long length = DeclaredLength.of(request);
            if (length > 0 && length <= largest && request.version() != HttpVersion.HTTP_2 && !isForm(request)) {
                bodies.handle(context);
            } else {
                context.next();
            }
        });
    }

    /** Forms are left to the REST layer: the body handler would take their fields and files apart. */
    private static boolean isForm(HttpServerRequest request) {
        String type = request.getHeader("Content-Type");
        return type != null && (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded"));
    }
}
