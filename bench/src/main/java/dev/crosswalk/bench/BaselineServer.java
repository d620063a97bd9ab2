package dev.crosswalk.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/**
 * The start-up baseline: a JVM that only serves a readiness answer with the JDK's own HTTP server,
 * launched like a service. What a service takes beyond it is the framework, the database and Kafka.
 */
public final class BaselineServer {
    private BaselineServer() {
    }

    public static void main(String[] args) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", Integer.parseInt(args[0])), 0);
        server.createContext("/q/health/ready", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("baseline started");
    }
}
