package org.importwindow.server.complaint;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.importwindow.server.HttpClientSupport;
import tools.jackson.databind.JsonNode;

/** HTTP calls to the running server as a demo user (HTTP Basic, password demo) or anonymously (null). */
final class ComplaintApi {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    ComplaintApi(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return HttpClientSupport.JSON.readTree(body);
        }
    }

    Answer get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    Answer post(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A complete complaint about a toaster, with contact details to be masked. */
    static String toaster(String whatHappened) {
        return """
                {"productName":"Toaster T-2","gtin":"0012345678905","model":"T-2","lot":"L9","brand":"Crisp",
                 "purchase":{"platform":"JD Worldwide","orderNumber":"JD-1","inventoryNumber":"4600202611270000001"},
                 "whatHappened":"%s","injury":false,"photos":["p1.jpg"],
                 "contact":{"name":"张三丰","phone":"13812345678","email":"zhang@example.com"}}
                """.formatted(whatHappened);
    }
}
