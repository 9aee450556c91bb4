package org.importwindow.bench.cbec;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code POST /api/v1/cbec/messages} with the sender's demo API key ({@code demo-key-<customs code>}), over HTTP/1.1
 * connections kept alive (one per sending thread), answered with the spec's XML receipts, whose statuses are counted.
 */
public final class HttpSink implements MessageSink {
    private final HttpClient client;
    private final URI uri;

    public HttpSink(String baseUrl) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.uri = URI.create(baseUrl + "/api/v1/cbec/messages");
    }

    @Override
    public Answer send(CebXml.Kind kind, byte[] message) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(300))
                .header("Authorization", "Bearer demo-key-" + kind.sender)
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        if (response.statusCode() != 200) {
            return new Answer(false, 0, 0, 0, response.statusCode() + " " + body.substring(0, Math.min(400,
                    body.length())));
        }
        return new Answer(true, count(body, "returnStatus>800<"), count(body, "returnStatus>100<"),
                count(body, "returnStatus>120<"), null);
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
