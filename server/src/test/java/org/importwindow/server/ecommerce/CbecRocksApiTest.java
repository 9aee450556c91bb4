package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.importwindow.ecommerce.message.CebMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * With the RocksDB state of record ({@code importwindow.cbec.store=rocksdb}) the API's GETs answer from RocksDB as
 * they do from SQL: the receipts of one's own documents by copNo, orderNo and guid in the order produced, the tax
 * bill by copNo and invtNo as JSON and as the spec's CEB816 message; nothing of it is in the SQL tables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CbecRocksApiTest {
    static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() % 500) * 1000 + 700_000);

    @DynamicPropertySource
    static void rocksdb(DynamicPropertyRegistry r) throws IOException {
        Path dir = Files.createTempDirectory("iw-cbec-rocks-api");
        r.add("importwindow.data-dir", dir::toString);
        r.add("importwindow.cbec.store", () -> "rocksdb");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    CbecService service;

    CbecScenarios.Answer send(String customsCode, String xml) {
        return CbecScenarios.call(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/cbec/messages")).header("Content-Type", "application/xml")
                .header("Accept", "application/json").header("Authorization", "Bearer "
                        + CbecDemoParties.demoKey(customsCode))
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)).build());
    }

    CbecScenarios.Answer get(String customsCode, String pathAndQuery, String accept) {
        return CbecScenarios.call(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", "Bearer " + CbecDemoParties.demoKey(customsCode)).header("Accept", accept)
                .GET().build());
    }

    JsonNode receipts(String customsCode, String query) {
        CbecScenarios.Answer a = get(customsCode, "/api/v1/cbec/receipts?" + query, "application/json");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().get("receipts");
    }

    JsonNode bills(String customsCode, String query) {
        CbecScenarios.Answer a = get(customsCode, "/api/v1/cbec/tax-bills?" + query, "application/json");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().get("taxBills");
    }

    static JsonNode only(CbecScenarios.Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode receipts = a.json().get("receipts");
        assertThat(receipts.size()).as(a.body()).isEqualTo(1);
        return receipts.get(0);
    }

    static Purchase purchase() {
        return new Purchase(Purchase.residentId(SERIAL.incrementAndGet())).coffee("2", "150").tshirts("3", "80");
    }

    @Test
    void a_released_purchase_s_receipts_and_tax_bill_are_read_back_from_rocksdb_by_every_number() {
        Purchase p = purchase();
        JsonNode order = only(send(Purchase.PLATFORM, p.orderXml()));
        JsonNode payment = only(send(Purchase.AGENT, p.paymentXml()));
        JsonNode waybill = only(send(Purchase.LOGISTICS, p.waybillXml()));
        JsonNode list = only(send(Purchase.AGENT, p.inventoryXml()));
        assertThat(list.get("returnStatus").asString()).as(list.toString()).isEqualTo("800");
        String invtNo = list.get("invtNo").asString();

        // the receipts as answered, each to its owner only, by copNo, orderNo and guid
        assertThat(receipts(Purchase.AGENT, "copNo=" + p.copNo)).containsExactly(list);
        assertThat(receipts(Purchase.AGENT, "guid=" + list.get("guid").asString())).containsExactly(list);
        assertThat(receipts(Purchase.PLATFORM, "orderNo=" + p.orderNo)).containsExactly(order);
        // a payment's receipt carries its transaction id, not the order number (as in SQL)
        assertThat(payment.get("orderNo").isNull()).isTrue();
        assertThat(receipts(Purchase.AGENT, "guid=" + payment.get("guid").asString())).containsExactly(payment);
        assertThat(receipts(Purchase.AGENT, "orderNo=" + p.orderNo)).isEmpty();
        assertThat(receipts(Purchase.LOGISTICS, "guid=" + waybill.get("guid").asString())).containsExactly(waybill);
        assertThat(receipts(Purchase.PLATFORM, "copNo=" + p.copNo)).as("not the platform's list").isEmpty();
        assertThat(receipts(Purchase.LOGISTICS, "orderNo=" + p.orderNo)).isEmpty();

        // the tax bill as the SQL store answers it: by copNo and by invtNo, only to the list's sender
        JsonNode bills = bills(Purchase.AGENT, "copNo=" + p.copNo);
        assertThat(bills.size()).as(bills.toString()).isEqualTo(1);
        JsonNode bill = bills.get(0);
        assertThat(bill.get("invtNo").asString()).isEqualTo(invtNo);
        assertThat(bill.get("copNo").asString()).isEqualTo(p.copNo);
        assertThat(bill.get("orderNo").asString()).isEqualTo(p.orderNo);
        assertThat(bill.get("status").asString()).isEqualTo("ISSUED");
        assertThat(bill.get("customsTax").asString()).isEqualTo("0.00");
        assertThat(new BigDecimal(bill.get("valueAddedTax").asString())).isPositive()
                .isLessThan(new BigDecimal("71.50"));
        assertThat(bill.get("taxTotal").asString()).isEqualTo(new BigDecimal(bill.get("valueAddedTax").asString())
                .add(new BigDecimal(bill.get("consumptionTax").asString())).toPlainString());
        assertThat(list.get("returnInfo").asString()).contains("taxes " + bill.get("taxTotal").asString() + " yuan");
        assertThat(bills(Purchase.AGENT, "invtNo=" + invtNo)).containsExactly(bill);
        assertThat(bills(Purchase.PLATFORM, "copNo=" + p.copNo)).isEmpty();
        assertThat(bills(Purchase.PLATFORM, "invtNo=" + invtNo)).isEmpty();

        // the same bill as the spec's CEB816 message, valid, with its two lines and their 10-digit gcodes
        CbecScenarios.Answer xml = get(Purchase.AGENT, "/api/v1/cbec/tax-bills?copNo=" + p.copNo, "application/xml");
        assertThat(xml.status()).as(xml.body()).isEqualTo(200);
        assertThat(xml.body()).contains("CEB816Message", "invtNo>" + invtNo + "<",
                "gcode>" + p.lines.get(0).gcode8() + "00<", "gcode>" + p.lines.get(1).gcode8() + "00<", "status>1<",
                "agentCode>" + Purchase.AGENT + "<", "logisticsCode>" + Purchase.LOGISTICS + "<");
        assertThat(xml.body().split("TaxListRd>", -1)).as(xml.body()).hasSize(5);
        assertThat(CebMessages.validate(xml.body().getBytes(StandardCharsets.UTF_8))).isEmpty();

        // none of it came from SQL: with the rocksdb store the SQL tables hold nothing of the purchase
        assertThat(db.sql("select count(*) from cbec_receipt where cop_no = ? or order_no = ?")
                .params(p.copNo, p.orderNo).query(Long.class).single()).isZero();
        assertThat(db.sql("select count(*) from cbec_tax_bill where cop_no = ?").param(p.copNo).query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_list_s_receipts_come_in_the_order_produced_and_survive_a_restart_and_a_cancellation() {
        Purchase p = purchase();
        JsonNode waiting = only(send(Purchase.AGENT, p.inventoryXml()));
        assertThat(waiting.get("returnStatus").asString()).isEqualTo("120");
        send(Purchase.LOGISTICS, p.waybillXml());
        send(Purchase.AGENT, p.paymentXml());
        assertThat(receipts(Purchase.AGENT, "copNo=" + p.copNo)).containsExactly(waiting);
        send(Purchase.PLATFORM, p.orderXml());
        JsonNode receipts = receipts(Purchase.AGENT, "copNo=" + p.copNo);
        assertThat(receipts).hasSize(2);
        assertThat(receipts.get(0)).isEqualTo(waiting);
        assertThat(receipts.get(1).get("returnStatus").asString()).as(receipts.toString()).isEqualTo("800");
        String invtNo = receipts.get(1).get("invtNo").asString();

        service.reopenRocks();
        service.forgetWorkingMemory();
        assertThat(receipts(Purchase.AGENT, "copNo=" + p.copNo)).isEqualTo(receipts);
        JsonNode cancelled = only(send(Purchase.AGENT, p.cancellationXml(invtNo)));
        assertThat(cancelled.get("returnStatus").asString()).as(cancelled.toString()).isEqualTo("399");
        JsonNode after = receipts(Purchase.AGENT, "copNo=" + p.copNo);
        assertThat(after).hasSize(3);
        assertThat(after.get(2)).isEqualTo(cancelled);
        // the bill is kept, withdrawn: CANCELLED as JSON, status 3 (void) in CEB816
        assertThat(bills(Purchase.AGENT, "invtNo=" + invtNo).get(0).get("status").asString()).isEqualTo("CANCELLED");
        CbecScenarios.Answer xml = get(Purchase.AGENT, "/api/v1/cbec/tax-bills?invtNo=" + invtNo, "application/xml");
        assertThat(xml.body()).contains("CEB816Message", "status>3<");
    }
}
