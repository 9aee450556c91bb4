package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A single window that ran with the SQL store, upgraded to a version whose default is RocksDB, must not start with
 * an empty RocksDB store and forget every buyer's allowance usage: it refuses, and says to keep the SQL store.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class StoreSwitchGuardTest {
    @DynamicPropertySource
    static void sqlStore(DynamicPropertyRegistry r) throws IOException {
        Path dir = Files.createTempDirectory("iw-cbec-guard");
        r.add("importwindow.data-dir", dir::toString);
        r.add("importwindow.cbec.store", () -> "sql");
    }

    @Autowired
    CbecService service;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    CbecEngine engine;

    @Autowired
    PersonKeys keys;

    RocksWork emptyRocks(Path dir) {
        return new RocksWork(dir, json, engine.catalogue().parameters(), keys, new CbecMeter());
    }

    @Test
    void an_empty_rocksdb_store_over_a_database_with_e_commerce_state_is_refused() throws IOException {
        Path dir = Files.createTempDirectory("iw-cbec-guard-rocks");
        RocksWork rocks = emptyRocks(dir);
        try {
            // nothing sent yet with the SQL store: a new single window may switch
            CbecStoreGuard.check(db, rocks, dir.toString());
            Purchase p = new Purchase(Purchase.residentId(424242)).coffee("1", "100");
            byte[] raw = p.orderXml().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            List<Receipt> receipts = service.receive(new CbecService.Incoming(CebMessages.read(raw), Purchase.PLATFORM,
                    service.body(raw), "application/xml"));
            assertThat(receipts).singleElement().satisfies(r -> assertThat(r.returnStatus()).isEqualTo("120"));
            // now the database holds state the empty RocksDB store does not
            assertThatThrownBy(() -> CbecStoreGuard.check(db, rocks, dir.toString()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("importwindow.cbec.store=sql");
        } finally {
            rocks.close();
        }
    }
}
