package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.importwindow.server.ecommerce.CbecStatistics.Count;
import org.importwindow.server.ecommerce.CbecStatistics.ReasonCount;
import org.importwindow.server.ecommerce.CbecStatistics.Volumes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With the RocksDB state of record ({@code importwindow.cbec.store=rocksdb}) the officer's figures and the overdue
 * sweep work from RocksDB alone, as they do from SQL: the counts of lists received, released, refused and waiting,
 * today and in total, and refusals by reason, also after a restart of the writer; a list whose documents never come
 * is refused when its time is up, also when the writer was restarted while it waited. Nothing of it is in SQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CbecRocksStoreTest {
    static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() % 500) * 1000 + 200_000);

    /** The system clock, which a test may move on (as the hours pass while a list waits). */
    static final class MovableClock extends Clock {
        volatile Duration ahead = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead);
        }
    }

    static final MovableClock CLOCK = new MovableClock();

    @TestConfiguration
    static class Clocks {
        @Bean
        Clock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void rocksdb(DynamicPropertyRegistry r) throws IOException {
        Path dir = Files.createTempDirectory("iw-cbec-rocks-store");
        r.add("importwindow.data-dir", dir::toString);
        r.add("importwindow.cbec.store", () -> "rocksdb");
        r.add("importwindow.cbec.pending-timeout", () -> "PT24H");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    CbecService service;

    @Autowired
    CbecStatistics statistics;

    CbecScenarios.Answer send(String customsCode, String xml) {
        return CbecScenarios.call(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/cbec/messages")).header("Content-Type", "application/xml")
                .header("Accept", "application/json").header("Authorization", "Bearer "
                        + CbecDemoParties.demoKey(customsCode))
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build());
    }

    JsonNode receipts(String customsCode, String copNo) {
        CbecScenarios.Answer a = CbecScenarios.call(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/cbec/receipts?copNo=" + copNo)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + CbecDemoParties.demoKey(customsCode)).GET().build());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().get("receipts");
    }

    static String status(CbecScenarios.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().get("receipts").get(0).get("returnStatus").asString();
    }

    static Purchase purchase() {
        return new Purchase(Purchase.residentId(SERIAL.incrementAndGet()));
    }

    String buy(Purchase p) {
        send(Purchase.PLATFORM, p.orderXml());
        send(Purchase.AGENT, p.paymentXml());
        send(Purchase.LOGISTICS, p.waybillXml());
        return status(send(Purchase.AGENT, p.inventoryXml()));
    }

    /** As the writer would be after a restart: its RocksDB closed and opened again, its memory empty. */
    void restart() {
        service.reopenRocks();
        service.forgetWorkingMemory();
    }

    static long refusals(CbecStatistics.Refusals r, String code) {
        return r.byErrorCode().stream().filter(c -> c.key().equals(code)).mapToLong(ReasonCount::total).sum();
    }

    static long checks(CbecStatistics.Refusals r, String check) {
        return r.byCheck().stream().filter(c -> c.key().equals(check)).mapToLong(ReasonCount::today).sum();
    }

    static long[] delta(Count after, Count before) {
        return new long[] {after.today() - before.today(), after.total() - before.total()};
    }

    @Test
    void the_officer_counts_lists_received_released_refused_and_waiting_from_rocksdb_also_after_a_restart() {
        Volumes before = statistics.volumes(CLOCK.instant());
        CbecStatistics.Refusals refusedBefore = statistics.refusals(CLOCK.instant());
        assertThat(buy(purchase().tshirts("1", "50"))).isEqualTo("800");
        assertThat(buy(purchase().tshirts("2", "2600"))).as("over the single limit").isEqualTo("100");
        Purchase mismatch = purchase().coffee("1", "60");
        mismatch.waybillConsignee = "李四";
        assertThat(buy(mismatch)).isEqualTo("100");
        assertThat(status(send(Purchase.AGENT, purchase().tshirts("1", "40").inventoryXml()))).isEqualTo("120");

        Volumes after = statistics.volumes(CLOCK.instant());
        assertThat(delta(after.received(), before.received())).containsExactly(4, 4);
        assertThat(delta(after.released(), before.released())).containsExactly(1, 1);
        assertThat(delta(after.refused(), before.refused())).containsExactly(2, 2);
        assertThat(delta(after.pending(), before.pending())).containsExactly(1, 1);
        CbecStatistics.Refusals refused = statistics.refusals(CLOCK.instant());
        assertThat(refusals(refused, "-621005") - refusals(refusedBefore, "-621005")).isEqualTo(1);
        assertThat(checks(refused, "CBEC-113") - checks(refusedBefore, "CBEC-113")).isEqualTo(1);

        // the counts are RocksDB's: kept through a restart, and counted on from there
        restart();
        Volumes restarted = statistics.volumes(CLOCK.instant());
        assertThat(restarted.received()).isEqualTo(after.received());
        assertThat(restarted.released()).isEqualTo(after.released());
        assertThat(restarted.refused()).isEqualTo(after.refused());
        assertThat(restarted.pending()).isEqualTo(after.pending());
        assertThat(statistics.refusals(CLOCK.instant())).isEqualTo(refused);
        assertThat(buy(purchase().coffee("1", "70"))).isEqualTo("800");
        Volumes more = statistics.volumes(CLOCK.instant());
        assertThat(delta(more.released(), after.released())).containsExactly(1, 1);
        assertThat(delta(more.received(), after.received())).containsExactly(1, 1);

        // none of it is in SQL: the rocksdb store writes neither counters nor waiting lists there
        assertThat(db.sql("select count(*) from cbec_counter").query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from cbec_pending").query(Long.class).single()).isZero();
    }

    @org.junit.jupiter.api.AfterEach
    void backToNow() {
        CLOCK.ahead = Duration.ZERO;
    }

    @Test
    void a_list_whose_waybill_never_comes_is_refused_when_its_wait_is_over_also_after_a_restart() {
        Purchase p = purchase().coffee("1", "100");
        send(Purchase.PLATFORM, p.orderXml());
        send(Purchase.AGENT, p.paymentXml());
        assertThat(status(send(Purchase.AGENT, p.inventoryXml()))).isEqualTo("120");
        CLOCK.ahead = Duration.ofHours(2);
        Purchase later = purchase().tshirts("1", "60");
        assertThat(status(send(Purchase.AGENT, later.inventoryXml()))).isEqualTo("120");
        Volumes waiting = statistics.volumes(CLOCK.instant());

        // the writer restarts while both wait; an hour before the first one's time is up, nothing is refused
        restart();
        CLOCK.ahead = Duration.ofHours(23);
        service.refuseOverdue();
        assertThat(receipts(Purchase.AGENT, p.copNo)).hasSize(1);

        // past 24 hours the first is refused, naming the waybill that did not come; the later one waits on
        CLOCK.ahead = Duration.ofHours(24).plusMinutes(1);
        service.refuseOverdue();
        JsonNode receipts = receipts(Purchase.AGENT, p.copNo);
        assertThat(receipts).hasSize(2);
        JsonNode refused = receipts.get(1);
        assertThat(refused.get("type").asString()).isEqualTo("CEB622");
        assertThat(refused.get("returnStatus").asString()).isEqualTo("100");
        assertThat(refused.get("returnInfo").asString()).contains("CBEC-104", "三单未在规定时间内到齐",
                        "the documents did not all arrive in time: " + org.importwindow.ecommerce.clearance
                                .ClearanceRule.WAYBILL_MISSING.titleEn().toLowerCase())
                .doesNotContain(org.importwindow.ecommerce.clearance.ClearanceRule.ORDER_MISSING.titleEn()
                        .toLowerCase());
        assertThat(receipts(Purchase.AGENT, later.copNo)).hasSize(1);
        Volumes after = statistics.volumes(CLOCK.instant());
        // (lists left waiting by other scenarios are as overdue as this one)
        long swept = after.refused().total() - waiting.refused().total();
        assertThat(swept).isPositive();
        assertThat(after.pending().total()).isEqualTo(waiting.pending().total() - swept).isPositive();

        // refused once: after another restart, the sweep does not find it again; its waybill now is too late
        restart();
        service.refuseOverdue();
        assertThat(receipts(Purchase.AGENT, p.copNo)).hasSize(2);
        send(Purchase.LOGISTICS, p.waybillXml());
        assertThat(receipts(Purchase.AGENT, p.copNo)).hasSize(2);
        CLOCK.ahead = Duration.ofHours(26).plusMinutes(1);
        service.refuseOverdue();
        assertThat(receipts(Purchase.AGENT, later.copNo)).hasSize(2);
        assertThat(receipts(Purchase.AGENT, later.copNo).get(1).get("returnInfo").asString()).contains("CBEC-104");
    }
}
