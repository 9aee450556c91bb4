package org.importwindow.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP calls against the running server, as any client makes them: anonymously, as a demo user (HTTP Basic,
 * password {@value #PASSWORD}) or with a bearer token. The features' test clients extend it with their own sample
 * bodies, so every API test calls the server the same way.
 */
public class HttpClientSupport {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** The demo users' password. */
    public static final String PASSWORD = "demo";
    /** What an API client accepts: the answer, or an RFC 9457 problem. */
    public static final String JSON_OR_PROBLEM = "application/json, application/problem+json";
    public static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public HttpClientSupport(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A status, content type and body, and the other headers (Location, Link) where a test reads them. */
    public record Answer(int status, String contentType, String body, HttpHeaders headers) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The Location header, or null. */
        public String location() {
            return headers.firstValue("Location").orElse(null);
        }

        /** The Link header, or null. */
        public String link() {
            return headers.firstValue("Link").orElse(null);
        }
    }

    /** The Authorization header for who calls: null for nobody, "Basic ..." or "Bearer ..." as is, else a demo user. */
    public static String authorization(String who) {
        if (who == null || who.startsWith("Basic ") || who.startsWith("Bearer ")) {
            return who;
        }
        return basic(who);
    }

    /** HTTP Basic for the demo user. */
    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** GET anonymously, with no Accept header. */
    public Answer get(String path) {
        return send(request(null, path, null).GET().build());
    }

    public Answer postJson(String path, String body) {
        return post(null, path, body);
    }

    /** GET as who (see {@link #authorization}), accepting JSON or a problem. */
    public Answer get(String who, String path) {
        return get(who, path, JSON_OR_PROBLEM);
    }

    /** GET as who, accepting accept (null: no Accept header). */
    public Answer get(String who, String path, String accept) {
        return send(request(who, path, accept).GET().build());
    }

    /** POST a JSON body (null: empty) as who, accepting JSON or a problem. */
    public Answer post(String who, String path, String json) {
        return post(who, path, "application/json", json == null ? "" : json, JSON_OR_PROBLEM);
    }

    /** POST the body of the content type as who, accepting accept (null: no Accept header). */
    public Answer post(String who, String path, String contentType, String body, String accept) {
        return send(request(who, path, accept).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** A request to the path as who, accepting accept (null: no Accept header), for calls the methods above lack. */
    public HttpRequest.Builder request(String who, String path, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null) {
            b.header("Accept", accept);
        }
        String authorization = authorization(who);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    public static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
