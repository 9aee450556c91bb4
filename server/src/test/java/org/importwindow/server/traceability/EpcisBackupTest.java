package org.importwindow.server.traceability;

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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator backs up the traceability events while the single window runs: a consistent copy under
 * {@code <data-dir>/backups} that opens on its own and holds what was captured before it; nobody else may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:epcis-backup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EpcisBackupTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static Path dir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry r) throws IOException {
        dir = Files.createTempDirectory("iw-epcis-backup");
        r.add("importwindow.data-dir", dir::toString);
        r.add("importwindow.epcis.rocksdb-dir", () -> dir.resolve("epcis-rocksdb").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    EpcisStore store;

    @Autowired
    JsonMapper json;

    HttpResponse<String> backup(String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/admin/epcis/backups")).POST(HttpRequest.BodyPublishers.noBody());
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_administrator_s_backup_opens_on_its_own_and_holds_the_events_captured_before_it() throws Exception {
        String id = store.store(RocksEpcisStoreTest.events(RocksEpcisStoreTest.observed("77",
                "2026-07-30T10:00:00+08:00", null)), "A", null, RocksEpcisStoreTest.NOW).eventIds().get(0);
        HttpResponse<String> made = backup("admin");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode answer = json.readTree(made.body());
        Path copy = Path.of(answer.get("directory").asString());
        assertThat(copy).startsWith(dir.resolve("backups").toAbsolutePath());
        try (RocksEpcisStore backup = new RocksEpcisStore(copy, json)) {
            assertThat(backup.eventJson(id)).isPresent();
            assertThat(backup.count()).isEqualTo(store.count());
        }
        HttpResponse<String> again = backup("admin");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json.readTree(again.body()).get("directory").asString()).isNotEqualTo(copy.toString());
    }

    @Test
    void only_an_administrator_may_back_up_and_the_sql_store_is_backed_up_with_the_database() throws Exception {
        assertThat(backup(null).statusCode()).isEqualTo(401);
        assertThat(backup("officer").statusCode()).isEqualTo(403);
        assertThat(backup("declarant-a").statusCode()).isEqualTo(403);
        EpcisBackupController onSql = new EpcisBackupController(new SqlEpcisStore(null, null, json),
                new MockEnvironment().withProperty("importwindow.data-dir", dir.toString()),
                new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(
                        java.time.Clock.class));
        assertThat(onSql.backup().getStatusCode().value()).isEqualTo(409);
        assertThat(List.of(dir.toFile().list())).contains("epcis-rocksdb");
    }
}
