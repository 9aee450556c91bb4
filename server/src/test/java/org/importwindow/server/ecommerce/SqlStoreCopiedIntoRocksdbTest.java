package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ImportWindowApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A single window that ran with the SQL store (the default before 2026-11-27) is upgraded to a version whose default
 * is RocksDB: at its first start on RocksDB it copies its e-commerce state over and goes on where it was: the same
 * receipts, tax bills, buyers' usage, pages and officer's figures; a resent message answered as the first time; a list
 * that was waiting released when its documents come; no number given twice. Switches that would lose state (back to
 * the SQL store, or to the Kafka runtime, whose ledger starts empty) are refused.
 */
class SqlStoreCopiedIntoRocksdbTest {
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    static ConfigurableApplicationContext start(Path dataDir, String store) {
        // as arguments: properties() would be defaults, below application.yml
        return new SpringApplicationBuilder(ImportWindowApplication.class).web(WebApplicationType.NONE)
                .run("--importwindow.data-dir=" + dataDir, "--importwindow.cbec.store=" + store);
    }

    static List<Receipt> send(CbecService service, String sender, String xml) {
        byte[] raw = xml.getBytes(StandardCharsets.UTF_8);
        return service.receive(new CbecService.Incoming(CebMessages.read(raw), sender, service.body(raw),
                "application/xml"));
    }

    static List<Receipt> purchase(CbecService service, Purchase p) {
        List<Receipt> all = new ArrayList<>();
        all.addAll(send(service, Purchase.PLATFORM, p.orderXml()));
        all.addAll(send(service, Purchase.AGENT, p.paymentXml()));
        all.addAll(send(service, Purchase.LOGISTICS, p.waybillXml()));
        all.addAll(send(service, Purchase.AGENT, p.inventoryXml()));
        return all;
    }

    /** What the single window shows of its e-commerce state, read through its services. */
    record Shown(Map<String, List<Receipt>> receipts, Map<String, List<String>> bills, List<String> buyersLists,
                 String usage, String volumes, String refusals) {
    }

    static Shown shown(ConfigurableApplicationContext c, List<Purchase> purchases, String buyer) {
        CbecReading reading = c.getBean(CbecReading.class);
        CbecStatistics statistics = c.getBean(CbecStatistics.class);
        PersonKeys keys = c.getBean(PersonKeys.class);
        Map<String, List<Receipt>> receipts = new java.util.TreeMap<>();
        Map<String, List<String>> bills = new java.util.TreeMap<>();
        for (Purchase p : purchases) {
            receipts.put("list " + p.copNo, reading.receipts(Purchase.AGENT, p.copNo, null, null));
            receipts.put("order " + p.orderNo, reading.receipts(Purchase.PLATFORM, null, p.orderNo, null));
            bills.put(p.copNo, reading.taxBills(Purchase.AGENT, p.copNo, null).stream()
                    .map(b -> b.invtNo() + " " + b.taxTotal().stripTrailingZeros().toPlainString() + " " + b.status())
                    .toList());
        }
        Function<CbecStatistics.ListRow, String> row = l -> String.join(" ", l.copNo(), l.preNo(),
                String.valueOf(l.invtNo()), l.status(), l.returnStatus(), String.valueOf(l.refusal()));
        Instant now = Instant.now();
        CbecStatistics.Volumes v = statistics.volumes(now);
        return new Shown(receipts, bills, statistics.listsOfPerson(keys.of(buyer), 50).stream().map(row).toList(),
                statistics.usage(keys.of(buyer), YEAR).toPlainString(),
                List.of(v.received(), v.released(), v.refused(), v.pending(), v.cancelled()).toString(),
                statistics.refusals(now).toString());
    }

    @Test
    void a_single_window_that_ran_on_the_sql_store_starts_on_rocksdb_with_everything_it_had() throws IOException {
        Path dataDir = Files.createTempDirectory("iw-cbec-copy");
        String buyer = Purchase.residentId(515151);
        Purchase released = new Purchase(buyer).coffee("1", "300");
        Purchase cancelled = new Purchase(buyer).tshirts("2", "150");
        Purchase refused = new Purchase(buyer).coffee("1", "120");
        Purchase waiting = new Purchase(buyer).watch("2500");
        List<Purchase> all = List.of(released, cancelled, refused, waiting);
        Shown before;
        List<Receipt> firstAnswer;
        String releasedList = released.inventoryXml();
        String waitingList = waiting.inventoryXml();
        try (ConfigurableApplicationContext sql = start(dataDir, "sql")) {
            CbecService service = sql.getBean(CbecService.class);
            assertThat(service.rocksReads()).as("the SQL store").isNull();
            send(service, Purchase.PLATFORM, released.orderXml());
            send(service, Purchase.AGENT, released.paymentXml());
            send(service, Purchase.LOGISTICS, released.waybillXml());
            send(service, Purchase.AGENT, releasedList);
            List<Receipt> c = purchase(service, cancelled);
            String invtNo = c.get(c.size() - 1).invtNo();
            assertThat(send(service, Purchase.AGENT, cancelled.cancellationXml(invtNo))).isNotEmpty();
            send(service, Purchase.PLATFORM, refused.orderXml());
            send(service, Purchase.AGENT, refused.paymentXml().replace("<ceb:amountPaid>", "<ceb:amountPaid>1"));
            send(service, Purchase.LOGISTICS, refused.waybillXml());
            send(service, Purchase.AGENT, refused.inventoryXml());
            send(service, Purchase.PLATFORM, waiting.orderXml());
            firstAnswer = send(service, Purchase.AGENT, waitingList);
            assertThat(firstAnswer).singleElement().satisfies(r -> assertThat(r.returnStatus()).isEqualTo("120"));
            before = shown(sql, all, buyer);
            assertThat(before.buyersLists()).hasSize(4);
            assertThat(String.join(",", before.buyersLists())).contains("RELEASED", "CANCELLED", "REFUSED", "PENDING");
            assertThat(before.usage()).isEqualTo("310.00");
            // as rows written before migration V5 are: messages without their answer, documents without their place
            String waitingMessage = waitingList.replaceAll("(?s).*<ceb:CEB621Message guid=\"([^\"]+)\".*", "$1");
            JdbcClient db = sql.getBean(JdbcClient.class);
            assertThat(db.sql("update cbec_message set answer_deflated = null, answer_bytes = null where guid = ?")
                    .param(waitingMessage).update()).isEqualTo(1);
            db.sql("update cbec_order set position = null").update();
        }

        try (ConfigurableApplicationContext rocks = start(dataDir, "rocksdb")) {
            assertThat(rocks.getBean(CbecService.class).rocksReads()).as("the RocksDB store").isNotNull();
            Shown after = shown(rocks, all, buyer);
            assertThat(after).isEqualTo(before);
            CbecService service = rocks.getBean(CbecService.class);
            // a resend is answered as the first time, and changes nothing
            assertThat(send(service, Purchase.AGENT, waitingList)).isEqualTo(firstAnswer);
            assertThat(send(service, Purchase.AGENT, releasedList)).extracting(Receipt::returnStatus).contains("800");
            // the waiting list goes on when its payment and waybill come
            send(service, Purchase.AGENT, waiting.paymentXml());
            send(service, Purchase.LOGISTICS, waiting.waybillXml());
            List<Receipt> waitingReceipts = rocks.getBean(CbecReading.class).receipts(Purchase.AGENT, waiting.copNo,
                    null, null);
            assertThat(waitingReceipts).extracting(Receipt::returnStatus).containsExactly("120", "800");
            // a new purchase counts against the usage carried over, and gets numbers not given before
            Purchase next = new Purchase(buyer).coffee("1", "100");
            List<Receipt> r = purchase(service, next);
            String newInvtNo = r.get(r.size() - 1).invtNo();
            assertThat(newInvtNo).isNotNull();
            List<String> earlierNumbers = new ArrayList<>();
            before.bills().values().forEach(b -> b.forEach(s -> earlierNumbers.add(s.split(" ")[0])));
            earlierNumbers.add(waitingReceipts.get(1).invtNo());
            assertThat(earlierNumbers).doesNotContain(newInvtNo);
            assertThat(rocks.getBean(CbecStatistics.class).usage(rocks.getBean(PersonKeys.class).of(buyer), YEAR))
                    .isGreaterThan(new java.math.BigDecimal(before.usage()).add(new java.math.BigDecimal("2500")));
        }

        // started again, the copy is not made a second time
        try (ConfigurableApplicationContext again = start(dataDir, "rocksdb")) {
            assertThat(shown(again, List.of(released), buyer).receipts()).isEqualTo(Map.of(
                    "list " + released.copNo, before.receipts().get("list " + released.copNo),
                    "order " + released.orderNo, before.receipts().get("order " + released.orderNo)));
        }
        assertThat(RocksWork.holdsState(dataDir.resolve("cbec-rocksdb"))).isTrue();
        // and back on the SQL store, which misses what RocksDB kept since: refused
        assertThatThrownBy(() -> start(dataDir, "sql").close())
                .hasStackTraceContaining("--importwindow.cbec.store=rocksdb");
    }

    @Test
    void a_copy_that_was_interrupted_or_not_allowed_is_refused_and_the_sql_tables_are_kept() throws IOException {
        Path dataDir = Files.createTempDirectory("iw-cbec-copy-refused");
        try (ConfigurableApplicationContext sql = start(dataDir, "sql")) {
            CbecService service = sql.getBean(CbecService.class);
            JdbcClient db = sql.getBean(JdbcClient.class);
            CbecStore store = sql.getBean(CbecStore.class);
            Path dir = Files.createTempDirectory("iw-cbec-copy-rocks");
            try (RocksWork rocks = OpenedRocksWork.on(sql, dir)) {
                // nothing sent yet with the SQL store: nothing to copy, a new single window just switches
                assertThat(SqlToRocks.decide(store, rocks)).isEqualTo(SqlToRocks.Decision.NOTHING);
                assertThat(RocksWork.holdsState(dir)).isFalse();
                CbecStoreGuard.checkKafka(store, dir.toString());
                purchase(service, new Purchase(Purchase.residentId(424242)).coffee("1", "100"));
                // the Kafka runtime's ledger would start empty over what the embedded runtime cleared
                assertThatThrownBy(() -> CbecStoreGuard.checkKafka(store, dir.toString()))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("embedded runtime");
                assertThatThrownBy(() -> CbecStoreGuard.check(db, store, rocks, dir.toString(), false))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("importwindow.cbec.store=sql");
                assertThat(rocks.isEmpty()).isTrue();
                rocks.putMark(SqlToRocks.MARK, "started");
                assertThatThrownBy(() -> CbecStoreGuard.check(db, store, rocks, dir.toString(), true))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("interrupted");
            }
            assertThat(db.sql("select count(*) from cbec_inventory").query(Long.class).single()).isEqualTo(1L);
        }
    }
}
