package org.importwindow.server.ecommerce.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.server.ecommerce.CbecDemoParties;
import org.importwindow.server.ecommerce.Purchase;
import org.importwindow.server.security.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The single window with {@code importwindow.cbec.runtime=kafka} serves the same API and pages as the embedded one:
 * messages lodged over HTTP are decided by the topology, and what it publishes is kept in the database by the
 * read-committed sinks, so that the tax bills (JSON and CEB816), the buyer's allowance and lists, the enterprise's
 * lists and the officer's figures read the Kafka runtime's decisions; states delivered again change nothing.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:cbec-kafka-views;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "importwindow.cbec.runtime=kafka",
        "importwindow.cbec.kafka.partitions=2",
        "importwindow.cbec.kafka.streams.num.stream.threads=1",
        "importwindow.cbec.kafka.streams.commit.interval.ms=100"})
@AutoConfigureMockMvc
@DirtiesContext // stop its stream threads and sinks rather than keep them polling behind the other tests
class CbecKafkaViewsTest {
    static final String ID = "views-" + UUID.randomUUID().toString().substring(0, 8);
    static final Duration WAIT = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static int serial = 600;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry r) throws Exception {
        String stateDir = Files.createTempDirectory("cbec-kafka-views").toString();
        r.add("spring.kafka.bootstrap-servers", TestBroker::bootstrapServers);
        r.add("importwindow.cbec.kafka.application-id", () -> ID);
        r.add("importwindow.cbec.kafka.topic-prefix", () -> ID + ".cbec.");
        r.add("spring.kafka.streams.state-dir", () -> stateDir);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    @Autowired
    CbecKafkaRuntime runtime;

    @Autowired
    CbecListSink sink;

    @Autowired
    CbecReceiptSink receiptSink;

    @Autowired
    CbecTopics topics;

    @Autowired
    JdbcClient db;

    static String newBuyer() {
        return Purchase.residentId(serial++);
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username).withoutPassword());
    }

    /** POST one message as the enterprise's system: the Kafka runtime takes it (202) and decides it later. */
    void lodge(String sender, String xml) throws Exception {
        mvc.perform(post("/api/v1/cbec/messages").header("Authorization", "Bearer " + CbecDemoParties.demoKey(sender))
                        .contentType("application/xml").accept("application/json")
                        .content(xml.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted());
    }

    /** Its four documents; waits for the list's decision and returns its receipt. */
    JsonNode buy(Purchase p) throws Exception {
        Pipeline.await(runtime::processing, WAIT, "the runtime");
        lodge(p.platform, p.orderXml());
        lodge(Purchase.AGENT, p.paymentXml());
        lodge(Purchase.LOGISTICS, p.waybillXml());
        lodge(Purchase.AGENT, p.inventoryXml());
        return await(() -> api("/api/v1/cbec/receipts?copNo=" + p.copNo).get("receipts"),
                rs -> rs.valueStream().anyMatch(r -> !"120".equals(r.get("returnStatus").asString())),
                "the decision of " + p.copNo).valueStream()
                .filter(r -> !"120".equals(r.get("returnStatus").asString())).findFirst().orElseThrow();
    }

    JsonNode api(String pathAndQuery) throws Exception {
        return JSON.readTree(call(pathAndQuery, "application/json"));
    }

    String call(String pathAndQuery, String accept) throws Exception {
        return mvc.perform(get(pathAndQuery).header("Authorization", "Bearer "
                        + CbecDemoParties.demoKey(Purchase.AGENT)).accept(accept))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    JsonNode bills(Purchase p) throws Exception {
        return api("/api/v1/cbec/tax-bills?copNo=" + p.copNo).get("taxBills");
    }

    String buyerPage(String id) throws Exception {
        return mvc.perform(post("/cbec/buyer").param("lang", "en").param("idNumber", id).param("buyerName", "张三")
                        .with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** What {@code read} gives once {@code done} holds (the sinks store what the topology published a moment ago). */
    static <T> T await(Callable<T> read, Predicate<T> done, String what) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (true) {
            T value = read.call();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what + "; last: " + value);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void a_released_lists_tax_bill_is_fetched_over_http_as_json_and_as_ceb816_in_the_kafka_runtime() throws Exception {
        Purchase p = new Purchase(newBuyer()).coffee("2", "150").tshirts("3", "80");
        JsonNode released = buy(p);
        assertThat(released.get("returnStatus").asString()).as(released.toString()).isEqualTo("800");
        String invtNo = released.get("invtNo").asString();

        JsonNode bill = await(() -> bills(p), b -> b.size() > 0, "the tax bill").get(0);
        assertThat(bill.get("invtNo").asString()).isEqualTo(invtNo);
        assertThat(bill.get("copNo").asString()).isEqualTo(p.copNo);
        assertThat(bill.get("orderNo").asString()).isEqualTo(p.orderNo);
        assertThat(bill.get("customsTax").asString()).isEqualTo("0.00");
        assertThat(bill.get("status").asString()).isEqualTo("ISSUED");
        // 70% of the statutory VAT, no duty, no waiver: positive and below the full 13% of 550 yuan
        assertThat(new BigDecimal(bill.get("valueAddedTax").asString())).isPositive()
                .isLessThan(new BigDecimal("71.50"));
        assertThat(new BigDecimal(bill.get("taxTotal").asString())).isEqualByComparingTo(
                new BigDecimal(bill.get("valueAddedTax").asString())
                        .add(new BigDecimal(bill.get("consumptionTax").asString())));
        assertThat(bills(p)).as("one bill").hasSize(1);

        String xml = call("/api/v1/cbec/tax-bills?copNo=" + p.copNo, "application/xml");
        assertThat(xml).contains("CEB816Message", invtNo, "<status>1</status>",
                "<gcode>0901210000</gcode>", "<gcode>6109100000</gcode>");
        assertThat(CebMessages.validate(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void a_cancellation_in_the_kafka_runtime_withdraws_the_tax_bill_and_gives_the_allowance_back() throws Exception {
        String id = newBuyer();
        Purchase p = new Purchase(id).tshirts("1", "990");
        String invtNo = buy(p).get("invtNo").asString();
        await(() -> bills(p), b -> b.size() == 1, "the tax bill");
        assertThat(await(() -> buyerPage(id), html -> html.contains("<span id=\"usage\">"), "the buyer's usage"))
                .contains("<span id=\"usage\">1,000.00</span>");

        lodge(Purchase.AGENT, p.cancellationXml(invtNo));
        JsonNode cancelled = await(() -> bills(p), b -> "CANCELLED".equals(b.get(0).get("status").asString()),
                "the bill withdrawn").get(0);
        assertThat(cancelled.get("invtNo").asString()).isEqualTo(invtNo);
        assertThat(call("/api/v1/cbec/tax-bills?copNo=" + p.copNo, "application/xml"))
                .contains("<status>3</status>");
        assertThat(await(() -> buyerPage(id), html -> html.contains("<span id=\"usage\">0.00</span>"),
                "the allowance given back"))
                .contains("<span id=\"remaining\">26,000.00</span>", "Cancelled", "tax bill withdrawn (list cancelled)");
    }

    @Test
    void the_buyer_enterprise_and_officer_pages_show_the_kafka_runtimes_lists_and_usage() throws Exception {
        String id = newBuyer();
        Purchase released = new Purchase(id).tshirts("2", "80");
        assertThat(buy(released).get("returnStatus").asString()).isEqualTo("800");
        Purchase refused = new Purchase(id).coffee("1", "200");
        refused.paidAdjustment = new BigDecimal("-5");
        assertThat(buy(refused).get("returnStatus").asString()).isEqualTo("100");
        Purchase waiting = new Purchase(id).coffee("1", "60");
        lodge(Purchase.AGENT, waiting.inventoryXml());

        String en = await(() -> buyerPage(id), html -> html.contains("data-cop-no=\"" + released.copNo + "\"")
                        && html.contains("data-cop-no=\"" + refused.copNo + "\"")
                        && html.contains("data-cop-no=\"" + waiting.copNo + "\"")
                        && html.contains("CBEC-112"),
                "the buyer's three lists");
        // 2 x 80 yuan of T-shirts and 10 yuan of freight: 170 yuan of the 26,000 of the year
        assertThat(en).doesNotContain(id).contains(ResidentIdNumber.mask(id))
                .contains("<span id=\"usage\">170.00</span>", "<span id=\"remaining\">25,830.00</span>")
                .contains("Released", "Refused", "Waiting for documents",
                        "The amount paid differs from the order&#39;s actual payment (CBEC-112)");

        String platform = page("/cbec/platform?lang=en", as("platform-" + Purchase.PLATFORM));
        assertThat(platform).contains("data-cop-no=\"" + released.copNo + "\" data-status=\"RELEASED\"",
                "data-cop-no=\"" + refused.copNo + "\" data-status=\"REFUSED\"",
                "data-cop-no=\"" + waiting.copNo + "\" data-status=\"PENDING\"");
        assertThat(page("/cbec/platform?lang=en", as("agent-" + Purchase.AGENT))).contains(released.orderNo);

        String officer = page("/cbec/officer?lang=en", as("officer"));
        assertThat(count(officer, "released")).isPositive();
        assertThat(count(officer, "refused")).isPositive();
        assertThat(count(officer, "pending")).isPositive();
        assertThat(officer).contains("data-code=\"CBEC-112\"");
    }

    /** The total of a row of the officer's volumes table. */
    static long count(String html, String row) {
        Matcher m = Pattern.compile("<tr id=\"" + row + "\">.*?<td[^>]*>([\\d,]+)</td>\\s*<td[^>]*>([\\d,]+)</td>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as(row).isTrue();
        return Long.parseLong(m.group(2).replace(",", ""));
    }

    @Test
    void lists_tax_bills_and_receipts_delivered_again_to_the_sinks_are_stored_once_and_keep_their_state()
            throws Exception {
        String id = newBuyer();
        Purchase kept = new Purchase(id).tshirts("1", "490");
        Purchase cancelled = new Purchase(id).tshirts("1", "290");
        buy(kept);
        String cancelledInvtNo = buy(cancelled).get("invtNo").asString();
        lodge(Purchase.AGENT, cancelled.cancellationXml(cancelledInvtNo));
        await(() -> bills(cancelled), b -> b.size() == 1 && "CANCELLED".equals(b.get(0).get("status").asString()),
                "the bill withdrawn");
        await(() -> bills(kept), b -> b.size() == 1, "the other bill");
        String before = await(() -> buyerPage(id), html -> html.contains("<span id=\"usage\">500.00</span>"),
                "the usage after the cancellation");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestBroker.bootstrapServers()))) {
            Map<TopicPartition, Long> end = caughtUp(admin, sink, topics.lists());
            Map<TopicPartition, Long> receiptsEnd = caughtUp(admin, receiptSink, topics.receipts());
            assertThat(end.values().stream().mapToLong(Long::longValue).sum()).as("states to deliver again")
                    .isGreaterThanOrEqualTo(5);
            Map<String, Object> rows = rows();

            // the sinks read their whole topics again, as after a crash before their offsets were committed
            for (DatabaseSink s : List.of(sink, receiptSink)) {
                s.stop();
                Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
                (s == sink ? end : receiptsEnd).keySet().forEach(tp -> start.put(tp, new OffsetAndMetadata(0)));
                await(() -> {
                    try {
                        admin.alterConsumerGroupOffsets(s.groupId(), start).all().get();
                        return true;
                    } catch (java.util.concurrent.ExecutionException e) {
                        return false; // the stopped member has not left the group yet
                    }
                }, ok -> ok, "the sink's offsets reset");
                assertThat(admin.listConsumerGroupOffsets(s.groupId()).partitionsToOffsetAndMetadata().get()
                        .values()).allSatisfy(o -> assertThat(o.offset()).isZero());
                s.start();
            }
            assertThat(caughtUp(admin, sink, topics.lists())).isEqualTo(end);
            assertThat(caughtUp(admin, receiptSink, topics.receipts())).isEqualTo(receiptsEnd);
            assertThat(rows()).isEqualTo(rows);
        }

        assertThat(sink.isRunning()).as("nothing failed").isTrue();
        assertThat(sink.skipped()).as("no state refused by the database").isZero();
        assertThat(bills(kept)).singleElement().satisfies(b -> assertThat(b.get("status").asString())
                .isEqualTo("ISSUED"));
        assertThat(bills(cancelled)).singleElement().satisfies(b -> assertThat(b.get("status").asString())
                .isEqualTo("CANCELLED"));
        assertThat(withoutTokens(buyerPage(id))).isEqualTo(withoutTokens(before));
    }

    /** Waits until the sink has committed the whole of its topic; returns the topic's end offsets. */
    Map<TopicPartition, Long> caughtUp(Admin admin, DatabaseSink s, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        Map<TopicPartition, Long> end = new HashMap<>();
        admin.listOffsets(latest).all().get().forEach((tp, info) -> end.put(tp, info.offset()));
        await(() -> admin.listConsumerGroupOffsets(s.groupId()).partitionsToOffsetAndMetadata().get(),
                committed -> end.entrySet().stream().allMatch(e -> e.getValue() == 0 || committed.get(e.getKey())
                        != null && committed.get(e.getKey()).offset() >= e.getValue()),
                "the sink through " + topic);
        return end;
    }

    /** Every list, tax bill, usage, receipt and counter row, as a comparable snapshot. */
    Map<String, Object> rows() {
        return Map.of(
                "lists", db.sql("select guid, cop_no, pre_no, invt_no, status, return_status, decided_at, tax_total "
                        + "from cbec_inventory order by guid").query().listOfRows(),
                "bills", db.sql("select invt_no, inventory_guid, status, tax_total, issued_at from cbec_tax_bill "
                        + "order by invt_no").query().listOfRows(),
                "usage", db.sql("select person_key, period, used from allowance_usage order by person_key, period")
                        .query().listOfRows(),
                "receipts", db.sql("select owner_code, receipt_type, guid, return_status, return_time from cbec_receipt "
                        + "order by id").query().listOfRows(),
                "counters", db.sql("select china_day, metric, counted, n from cbec_counter order by china_day, metric, "
                        + "counted").query().listOfRows());
    }

    static String withoutTokens(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }
}
