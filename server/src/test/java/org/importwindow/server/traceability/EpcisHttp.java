package org.importwindow.server.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to the EPCIS binding, as an enterprise's system makes them. */
final class EpcisHttp {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String DECLARANT_A = basic("declarant-a");
    static final String DECLARANT_B = basic("declarant-b");
    static final String CONSUMER = basic("consumer");
    static final String REGULATOR = basic("regulator");
    static final String API_KEY = "Bearer demo-key-1101110325";

    private final int port;

    EpcisHttp(int port) {
        this.port = port;
    }

    record Answer(int status, String contentType, String location, String link, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    Answer post(String auth, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return call(b.build());
    }

    Answer get(String auth, String pathAndQuery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET();
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return call(b.build());
    }

    static Answer call(HttpRequest r) {
        try {
            HttpResponse<String> a = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
            return new Answer(a.statusCode(), a.headers().firstValue("Content-Type").orElse(""),
                    a.headers().firstValue("Location").orElse(null), a.headers().firstValue("Link").orElse(null),
                    a.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Captures the document and waits for its job to finish; the job's status. */
    JsonNode capture(String auth, String contentType, String document) {
        Answer a = post(auth, "/epcis/capture", contentType, document);
        assertThat(a.status()).as(a.body()).isEqualTo(202);
        assertThat(a.location()).startsWith("/epcis/capture/");
        for (int i = 0; i < 200; i++) {
            Answer job = get(auth, a.location());
            assertThat(job.status()).as(job.body()).isEqualTo(200);
            if (!job.json().get("running").asBoolean()) {
                return job.json();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("the capture job did not finish");
    }
}
