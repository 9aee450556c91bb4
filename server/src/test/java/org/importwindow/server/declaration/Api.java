package org.importwindow.server.declaration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.importwindow.server.HttpClientSupport;
import tools.jackson.databind.JsonNode;

/** HTTP calls to the running server as a demo user (HTTP Basic), with a bearer token, or anonymously. */
final class Api {
    static final String PASSWORD = "demo";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A status, content type and body. */
    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return HttpClientSupport.JSON.readTree(body);
        }
    }

    /** Who calls: a user name for HTTP Basic, "Bearer ..." for a token, or null for nobody. */
    Answer get(String user, String path) {
        return send(request(user, path).GET().build());
    }

    Answer post(String user, String path, String json) {
        return send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json");
        if (user != null && user.startsWith("Bearer ")) {
            b.header("Authorization", user);
        } else if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The contract's example declaration of Australian wine, for the importer, under the reference. */
    static String wine(String reference, String importer) {
        return """
                {"reference":"%s","importer":"%s","declarationDate":"2026-03-16","tradeMode":"0110",
                "transportMode":"2","portOfEntry":"2248","countryOfDispatch":"AU","priceTerms":"CIF","currency":"CNY",
                "freight":"0.00","insurance":"0.00","licences":[],"rulingReference":null,
                "items":[{"commodityCode":"22042100","description":"bottled red wine","origin":"AU","quantity":"900",
                "unit":"LTR","value":"100000.00","preference":"AUTO","proofOfOrigin":"AU-CO-2026-1","attributes":{}}]}
                """.formatted(reference, importer);
    }

    /** The declaration body as another kind (ADVANCE, TWO_STEP_SUMMARY, TWO_STEP_FULL naming its summary). */
    static String ofKind(String body, String kind, String summaryReference) {
        return body.replaceFirst("\"tradeMode\"", "\"declarationKind\":\"" + kind + "\","
                + (summaryReference == null ? "" : "\"summaryReference\":\"" + summaryReference + "\",")
                + "\"tradeMode\"");
    }
}
