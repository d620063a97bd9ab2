package dev.crosswalk.gateway.proxy;

import dev.crosswalk.gateway.GatewayConfig;
import dev.crosswalk.gateway.auth.Gatekeeper;
import dev.crosswalk.gateway.auth.Principal;
import dev.crosswalk.gateway.keys.AdminResource;
import dev.crosswalk.support.identity.InternalIdentity;
import dev.crosswalk.support.problem.Problem;
import dev.crosswalk.support.problem.ProblemException;
import dev.crosswalk.support.problem.ProblemType;
import dev.crosswalk.support.problem.RoutingProblems;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Routes {@code /api/v1/{service}/**} to the services through the Vert.x reverse proxy (bodies
 * streamed both ways), after the {@link Gatekeeper} admitted the request. The client's own
 * credentials and tenant header never reach a service: the gateway signs the identity it resolved.
 */
@ApplicationScoped
public class ServiceProxy {
    public static final String REQUEST_ID = "X-Request-Id";
    /** A tenant a client names itself: never forwarded, the signed identity says whose request it is. */
    static final String CLIENT_TENANT = "X-Tenant-Id";
    private static final Logger LOG = Logger.getLogger(ServiceProxy.class);
    private static final String SERVICE_ATTRIBUTE = "crosswalk.service";
    /** The services' HTTP servers accept request lines up to 4096 bytes; longer URIs are refused here, as a problem. */
    public static final int MAX_URI_LENGTH = 4000;

    @Inject
    Gatekeeper gatekeeper;

    @Inject
    GatewayConfig config;

    @Inject
    RoutingProblems problems;

    @Inject
    SignedIdentities identities;

    private final Map<Thread, HttpProxy> proxies = new ConcurrentHashMap<>();

    /** Where each service listens, from the routes configured. */
    private Map<String, SocketAddress> origins;

    void route(@Observes Router router, Vertx vertx) {
        origins = config.routes().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, route -> {
            URI uri = URI.create(route.getValue());
            return SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost());
        }));
        router.route("/api/v1/*").order(-10).handler(context -> admit(context, vertx));
    }

    /**
     * The proxy of the event loop the request arrived on, made on first use. Each event loop has its own
     * upstream connections, so a request and its upstream call run on one thread: a shared pool hands out
     * connections living on other event loops, and every write to them wakes that loop up.
     */
    private HttpProxy proxyOfThisEventLoop(Vertx vertx) {
        // keyed by thread: Quarkus forbids Context.get/put, and an event loop is one thread for the process's life
        return proxies.computeIfAbsent(Thread.currentThread(), loop -> HttpProxy.reverseProxy(vertx.createHttpClient(
                        new HttpClientOptions().setConnectTimeout(2_000).setIdleTimeout(60)
                                .setMaxPoolSize(config.upstreamConnectionsPerEventLoop())))
                .originSelector(request -> Future.succeededFuture(origin(request)))
                .addInterceptor(new ServiceDownAsProblem()));
    }

    private void admit(RoutingContext context, Vertx vertx) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            answer(context, new ProblemException(ProblemType.URI_TOO_LONG,
                    "The URI is longer than " + MAX_URI_LENGTH + " characters; send long values in a request body"));
            return;
        }
        String apiKey = request.getHeader(Gatekeeper.API_KEY_HEADER);
        String authorization = request.getHeader("Authorization");
        String adminKey = request.getHeader(AdminResource.ADMIN_KEY);
        String path = request.path();
        String method = request.method().name();
        try {
            Optional<Gatekeeper.Admission> recent = adminKey != null ? Optional.empty()
                    : gatekeeper.admitRecentKey(apiKey, path, method);
            if (recent.isPresent()) {
                forward(request, recent.get(), proxyOfThisEventLoop(vertx));
                return;
            }
        } catch (ProblemException refused) {
            answer(context, refused);
            return;
        }
        request.pause();
        vertx.executeBlocking(() -> gatekeeper.admit(apiKey, adminKey, authorization, path, method), false)
                .onComplete(result -> {
                    if (result.failed()) {
                        request.resume();
                        answer(context, result.cause());
                        return;
                    }
                    try {
                        forward(request, result.result(), proxyOfThisEventLoop(vertx));
                    } catch (RuntimeException failure) {
                        // not the router's thread any more: without this the client would wait for an answer forever
                        answer(context, failure);
                    }
                });
    }

    /** Replaces the client's credentials with the signed identity and hands the request to the proxy. */
    private void forward(HttpServerRequest request, Gatekeeper.Admission admission, HttpProxy proxy) {
        Principal principal = admission.principal();
        request.headers().remove("Authorization").remove(Gatekeeper.API_KEY_HEADER)
                .remove(AdminResource.ADMIN_KEY).remove(CLIENT_TENANT)
                .set(InternalIdentity.HEADER, identities.tokenFor(principal));
        if (request.getHeader(REQUEST_ID) == null) {
            request.headers().set(REQUEST_ID, UUID.randomUUID().toString());
        }
        request.headers().set(SERVICE_ATTRIBUTE, admission.service());
        QuotaHeaders.put(request.response(), admission.quota());
        proxy.handle(request);
    }

    private SocketAddress origin(HttpServerRequest request) {
        SocketAddress origin = origins.get(request.headers().get(SERVICE_ATTRIBUTE));
        request.headers().remove(SERVICE_ATTRIBUTE);
        return origin;
    }

    private void answer(RoutingContext context, Throwable failure) {
        ProblemType type = failure instanceof ProblemException problem ? problem.type() : ProblemType.INTERNAL_ERROR;
        String detail = failure instanceof ProblemException ? failure.getMessage() : "The gateway failed to admit the request";
        if (!(failure instanceof ProblemException)) {
            LOG.error("Admission failed", failure);
        }
        if (failure instanceof Gatekeeper.CountedRefusal counted) {
            QuotaHeaders.put(context.response(), counted.quota());
        }
        if (type == ProblemType.UNAUTHENTICATED) {
            context.response().putHeader("WWW-Authenticate", "Bearer");
        }
        problems.answer(context, type, detail);
    }

    /** A service that cannot be reached is a 503 problem, not an empty 502. */
    private final class ServiceDownAsProblem implements ProxyInterceptor {
        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                LOG.warnf("Service unreachable for %s: %s", context.request().getURI(), failure.getMessage());
                ProxyResponse response = context.request().response()
                        .setStatusCode(ProblemType.SERVICE_UNAVAILABLE.status())
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Retry-After", "5");
                response.setBody(Body.body(Buffer.buffer(problems.json(ProblemType.SERVICE_UNAVAILABLE,
                        "The service behind " + context.request().getURI() + " cannot be reached; retry shortly",
                        context.request().getURI()))));
                return Future.succeededFuture(response);
            });
        }
    }
}
