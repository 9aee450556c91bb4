package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.importwindow.ecommerce.message.CebMessage;
import org.importwindow.ecommerce.message.CebMessages;
import org.junit.jupiter.api.Test;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator backs up the e-commerce store while the single window runs: a consistent RocksDB checkpoint under
 * the data folder, which opens on its own and holds what was written before it. Nobody else may ask for one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CbecBackupTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static Path dir;

    @DynamicPropertySource
    static void rocksdb(DynamicPropertyRegistry r) throws IOException {
        dir = Files.createTempDirectory("iw-cbec-backup");
        r.add("importwindow.data-dir", dir::toString);
        r.add("importwindow.cbec.rocksdb-dir", () -> dir.resolve("cbec-rocksdb").toString());
        r.add("importwindow.cbec.store", () -> "rocksdb");
    }

    @LocalServerPort
    int port;

    @Autowired
    CbecService service;

    @Autowired
    JsonMapper json;

    HttpResponse<String> backup(String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/cbec/backups"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_administrator_s_backup_opens_on_its_own_and_holds_what_was_written_before_it() throws Exception {
        Purchase p = new Purchase(Purchase.residentId(737373)).coffee("1", "100");
        byte[] raw = p.orderXml().getBytes(StandardCharsets.UTF_8);
        CebMessage order = CebMessages.read(raw);
        service.receive(new CbecService.Incoming(order, Purchase.PLATFORM, service.body(raw), "application/xml"));

        HttpResponse<String> made = backup("admin");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode answer = json.readTree(made.body());
        Path copy = Path.of(answer.get("directory").asString());
        assertThat(copy).startsWith(dir.resolve("backups").toAbsolutePath());
        assertThat(answer.get("createdAt").asString()).isNotBlank();
        try (Options o = new Options(); RocksDB backup = RocksDB.openReadOnly(o, copy.toString())) {
            assertThat(backup.get(("m|" + order.guid()).getBytes(StandardCharsets.UTF_8))).isNotNull();
        }
        // a second backup goes to a folder of its own
        HttpResponse<String> again = backup("admin");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json.readTree(again.body()).get("directory").asString()).isNotEqualTo(copy.toString());
    }

    @Test
    void only_an_administrator_may_back_up() throws Exception {
        assertThat(backup(null).statusCode()).isEqualTo(401);
        assertThat(backup("officer").statusCode()).isEqualTo(403);
    }
}
