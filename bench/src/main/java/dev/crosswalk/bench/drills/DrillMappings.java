package dev.crosswalk.bench.drills;

import dev.crosswalk.support.identity.InternalIdentity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** Maps a drill tenant's control to ISO A.5.15 and SOC 2 CC6.1, once mapping-service knows the control. */
public final class DrillMappings {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DrillMappings() {
    }

    public static void mapToA515AndCc61(String mappingUrl, String secret, String tenant) throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 300 && status != 200; attempt++) {
            status = HTTP.send(HttpRequest.newBuilder(URI.create(mappingUrl + "/api/v1/mappings/controls/"
                            + DrillTenant.CONTROL_REF))
                    .header(InternalIdentity.HEADER, InternalIdentity.sign(secret, tenant, "drill",
                            List.of("mappings:read", "mappings:write")))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"requirements\": [{\"framework\": \"iso27001:2022\","
                            + " \"ref\": \"A.5.15\"}, {\"framework\": \"soc2-tsc:2017\", \"ref\": \"CC6.1\"}]}"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                Thread.sleep(200);
            }
        }
        if (status != 200) {
            throw new IllegalStateException("mapping " + tenant + " answered " + status);
        }
    }
}
