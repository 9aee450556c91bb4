package org.importwindow.server.traceability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.importwindow.server.HttpClientSupport;
import tools.jackson.databind.JsonNode;

/** Plain HTTP calls to the EPCIS binding, as an enterprise's system makes them (no Accept header). */
final class EpcisHttp extends HttpClientSupport {
    static final String DECLARANT_A = basic("declarant-a");
    static final String DECLARANT_B = basic("declarant-b");
    static final String CONSUMER = basic("consumer");
    static final String REGULATOR = basic("regulator");
    static final String API_KEY = "Bearer demo-key-1101110325";

    EpcisHttp(int port) {
        super(port);
    }

    Answer post(String auth, String path, String contentType, String body) {
        return post(auth, path, contentType, body, null);
    }

    /** GET as the EPCIS clients call it, without the JSON Accept header of the other APIs' tests. */
    @Override
    public Answer get(String auth, String pathAndQuery) {
        return get(auth, pathAndQuery, null);
    }

    static Answer call(HttpRequest r) {
        return send(r);
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
