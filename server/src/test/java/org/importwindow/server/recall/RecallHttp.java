package org.importwindow.server.recall;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.importwindow.server.HttpClientSupport;
import tools.jackson.databind.JsonNode;

/** HTTP calls as a demo user (HTTP Basic, password demo) or anonymously (user null). */
final class RecallHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    RecallHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return HttpClientSupport.JSON.readTree(body);
        }
    }

    Answer get(String user, String path) {
        return send(request(user, path, "application/json, application/problem+json").GET().build());
    }

    Answer get(String user, String path, String accept) {
        return send(request(user, path, accept).GET().build());
    }

    Answer post(String user, String path, String json) {
        return send(request(user, path, "application/json, application/problem+json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String user, String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept);
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
}
