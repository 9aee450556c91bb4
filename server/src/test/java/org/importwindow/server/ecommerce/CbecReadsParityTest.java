package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same receipts written to the SQL store and to RocksDB are read back the same by copNo, orderNo and guid: the
 * same receipts, in the order produced, each owner only its own, a number that merely begins another not mixed in,
 * the limit taken from the oldest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CbecReadsParityTest {
    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry r) throws IOException {
        Path dir = Files.createTempDirectory("iw-cbec-parity");
        r.add("importwindow.data-dir", dir::toString);
    }

    @Autowired
    CbecStore store;

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationContext context;

    static String guid() {
        return UUID.randomUUID().toString().toUpperCase();
    }

    @Test
    void receipts_read_from_rocksdb_are_those_read_from_sql_in_the_same_order() throws IOException {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L);
        String agent = "11059" + run.substring(0, Math.min(5, run.length()));
        String other = "11060" + run.substring(0, Math.min(5, run.length()));
        String platform = "11011" + run.substring(0, Math.min(5, run.length()));
        String copNo = "COP" + run;
        String orderNo = "ORD" + run;
        String listGuid = guid();
        String orderGuid = guid();
        String t = "20261127120000000";
        List<OwnedReceipt> rows = new ArrayList<>();
        rows.add(new OwnedReceipt(agent, guid(), Receipt.inventory(CebMessageType.CEB622, listGuid, "0101", platform,
                platform, agent, copNo, "B00000000000000001", null, "120", t, "waiting")));
        rows.add(new OwnedReceipt(platform, orderGuid, Receipt.order(orderGuid, platform, platform, orderNo, "120", t,
                "stored")));
        rows.add(new OwnedReceipt(agent, guid(), Receipt.payment(guid(), agent, "PAY" + orderNo, "120", t, "stored")));
        // another agent's list under the same copNo, and a copNo that merely begins with this one
        rows.add(new OwnedReceipt(other, guid(), Receipt.inventory(CebMessageType.CEB622, guid(), "0101", platform,
                platform, other, copNo, "B00000000000000002", null, "100", t, "refused")));
        rows.add(new OwnedReceipt(agent, guid(), Receipt.inventory(CebMessageType.CEB622, guid(), "0101", platform,
                platform, agent, copNo + "|X", "B00000000000000003", null, "100", t, "refused")));
        rows.add(new OwnedReceipt(agent, guid(), Receipt.inventory(CebMessageType.CEB622, listGuid, "0101", platform,
                platform, agent, copNo, "B00000000000000001", "010120261000000001", "800", t, "released")));
        rows.add(new OwnedReceipt(platform, orderGuid, Receipt.order(orderGuid, platform, platform, orderNo, "100", t,
                "-301 duplicate")));
        rows.add(new OwnedReceipt(agent, guid(), Receipt.inventory(CebMessageType.CEB624, guid(), "0101", platform,
                platform, agent, copNo, "B00000000000000001", "010120261000000001", "399", t, "cancelled")));

        Path dir = Files.createTempDirectory("iw-cbec-parity-rocks");
        RocksWork rocks = OpenedRocksWork.on(context, dir);
        try {
            // written in two groups, as two flushes of the writer would
            rocks.insertReceipts(rows.subList(0, 4));
            rocks.flush();
            rocks.insertReceipts(rows.subList(4, rows.size()));
            rocks.flush();
            store.insertReceipts(rows);
            CbecReads sql = new CbecReads.Sql(store, new TaxBillJson(json));
            CbecReads fromRocks = new RocksReads(() -> rocks);
            for (String owner : List.of(agent, other, platform)) {
                for (String[] q : List.of(new String[] {copNo, null, null}, new String[] {copNo + "|X", null, null},
                        new String[] {null, orderNo, null}, new String[] {null, null, listGuid},
                        new String[] {null, null, orderGuid}, new String[] {"COP", null, null})) {
                    for (int limit : new int[] {1000, 2}) {
                        assertThat(fromRocks.receipts(owner, q[0], q[1], q[2], limit))
                                .as(owner + " " + String.join(",", String.valueOf(q[0]), String.valueOf(q[1]),
                                        String.valueOf(q[2])) + " limit " + limit)
                                .isEqualTo(sql.receipts(owner, q[0], q[1], q[2], limit));
                    }
                }
            }
            // not vacuous: the agent's list has its three receipts, oldest first
            assertThat(fromRocks.receipts(agent, copNo, null, null, 1000)).extracting(Receipt::returnStatus)
                    .containsExactly("120", "800", "399");
            assertThat(fromRocks.receipts(platform, null, orderNo, null, 1000)).hasSize(2);
        } finally {
            rocks.close();
        }
    }
}
