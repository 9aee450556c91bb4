package org.importwindow.server.web.declaration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.importwindow.server.HttpClientSupport;
import tools.jackson.databind.JsonNode;

/**
 * The REST API as a demo user calls it (HTTP Basic, password demo), for what the browser tests set up or check
 * behind the pages: lodging a declaration the officer then handles, or whether a refused form stored anything.
 */
final class DemoUserApi {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    DemoUserApi(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A status and the JSON answered. */
    record Answer(int status, JsonNode json) {
    }

    Answer get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    Answer post(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** The references of the declarations the user sees. */
    List<String> references(String user) {
        Answer list = get(user, "/api/v1/declarations");
        if (list.status() != 200) {
            throw new IllegalStateException("listing declarations answered " + list.status());
        }
        List<String> references = new ArrayList<>();
        list.json().forEach(d -> references.add(d.path("reference").asString()));
        return references;
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body() == null || r.body().isBlank() ? null
                    : HttpClientSupport.JSON.readTree(r.body()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
