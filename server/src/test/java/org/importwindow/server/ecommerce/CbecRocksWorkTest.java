package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The prototype RocksDB state of record ({@code importwindow.cbec.store=rocksdb}) decides as the SQL one does: a
 * purchase released and answered, a resend answered the same, and what was written surviving a restart of the writer
 * (RocksDB closed and opened again, memory forgotten).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CbecRocksWorkTest {
    static final java.util.concurrent.atomic.AtomicInteger SERIAL = new java.util.concurrent.atomic.AtomicInteger(
            (int) (System.nanoTime() % 500) * 1000);

    static Path dir;

    @DynamicPropertySource
    static void rocksdb(DynamicPropertyRegistry r) throws IOException {
        dir = Files.createTempDirectory("iw-cbec-rocks");
        r.add("importwindow.data-dir", dir::toString);
        r.add("importwindow.cbec.rocksdb-dir", () -> dir.resolve("cbec-rocksdb").toString());
        r.add("importwindow.cbec.store", () -> "rocksdb");
    }

    @Autowired
    CbecService service;

    List<Receipt> send(String sender, String xml) {
        byte[] raw = xml.getBytes(StandardCharsets.UTF_8);
        return service.receive(new CbecService.Incoming(CebMessages.read(raw), sender, service.body(raw),
                "application/xml"));
    }

    static Purchase purchase() {
        return new Purchase(Purchase.residentId(SERIAL.incrementAndGet())).coffee("2", "150").tshirts("3", "80");
    }

    @Test
    void a_purchase_is_released_and_a_resend_is_answered_the_same() {
        Purchase p = purchase();
        assertThat(send(Purchase.PLATFORM, p.orderXml())).singleElement()
                .satisfies(r -> assertThat(r.returnStatus()).isEqualTo("120"));
        String payment = p.paymentXml();
        List<Receipt> paid = send(Purchase.AGENT, payment);
        assertThat(paid).singleElement().satisfies(r -> assertThat(r.returnStatus()).isEqualTo("120"));
        assertThat(send(Purchase.LOGISTICS, p.waybillXml())).singleElement()
                .satisfies(r -> assertThat(r.returnStatus()).isEqualTo("120"));
        List<Receipt> list = send(Purchase.AGENT, p.inventoryXml());
        assertThat(list).singleElement().satisfies(r -> {
            assertThat(r.returnStatus()).as(r.returnInfo()).isEqualTo("800");
            assertThat(r.invtNo()).hasSize(18);
        });
        assertThat(send(Purchase.AGENT, payment)).isEqualTo(paid);
        // the same list number again is refused as already declared
        Purchase again = new Purchase(p.buyerId).coffee("1", "10");
        again.copNo = p.copNo;
        assertThat(send(Purchase.AGENT, again.inventoryXml()))
                .singleElement().satisfies(r -> assertThat(r.returnInfo()).startsWith("-621004"));
    }

    @Test
    void what_was_written_survives_a_restart_of_the_writer() {
        Purchase p = purchase();
        String order = p.orderXml();
        List<Receipt> ordered = send(Purchase.PLATFORM, order);
        send(Purchase.AGENT, p.paymentXml());
        send(Purchase.LOGISTICS, p.waybillXml());
        service.reopenRocks();
        service.forgetWorkingMemory();
        // a resend after the restart is answered from RocksDB, and the documents are read again from their messages
        assertThat(send(Purchase.PLATFORM, order)).isEqualTo(ordered);
        List<Receipt> list = send(Purchase.AGENT, p.inventoryXml());
        assertThat(list).singleElement().satisfies(r -> assertThat(r.returnStatus()).as(r.returnInfo())
                .isEqualTo("800"));
        String invtNo = list.get(0).invtNo();
        service.reopenRocks();
        service.forgetWorkingMemory();
        // the released list, its tax bill and the ledger's debit are there after a second restart: cancelled
        assertThat(send(Purchase.AGENT, p.cancellationXml(invtNo))).singleElement()
                .satisfies(r -> assertThat(r.returnStatus()).as(r.returnInfo()).isEqualTo("399"));
        // and cancelling it again is refused: its state (CANCELLED) was kept
        assertThat(send(Purchase.AGENT, p.cancellationXml(invtNo))).singleElement()
                .satisfies(r -> assertThat(r.returnInfo()).startsWith("-623005"));
    }

    @Test
    void numbers_already_stored_are_refused_when_sent_again_in_new_messages_read_from_rocksdb_in_one_batch() {
        Purchase p = purchase();
        assertThat(sendWholePurchase(p)).singleElement()
                .satisfies(r -> assertThat(r.returnStatus()).as(r.returnInfo()).isEqualTo("800"));
        // nothing in the working memory: each new message's numbers are looked for in RocksDB, all at once
        service.forgetWorkingMemory();
        assertThat(send(Purchase.PLATFORM, p.orderXml())).singleElement()
                .satisfies(r -> assertThat(r.returnInfo()).startsWith("-301010"));
        assertThat(send(Purchase.AGENT, p.paymentXml())).singleElement()
                .satisfies(r -> assertThat(r.returnInfo()).startsWith("-401007"));
        assertThat(send(Purchase.LOGISTICS, p.waybillXml())).singleElement()
                .satisfies(r -> assertThat(r.returnInfo()).startsWith("-504015"));
        assertThat(send(Purchase.AGENT, p.inventoryXml())).singleElement()
                .satisfies(r -> assertThat(r.returnInfo()).startsWith("-621004"));
        // and a number looked for (absent) in one message, stored by it, is found by the next one
        Purchase next = purchase();
        assertThat(send(Purchase.PLATFORM, next.orderXml())).singleElement()
                .satisfies(r -> assertThat(r.returnStatus()).isEqualTo("120"));
        assertThat(send(Purchase.PLATFORM, next.orderXml())).singleElement()
                .satisfies(r -> assertThat(r.returnInfo()).startsWith("-301010"));
    }

    @Test
    void a_large_order_message_kept_in_a_blob_file_is_read_back_after_a_restart() throws IOException {
        // a basket of 99 lines (the most an order has), each bean's lot in its name: its order message, compressed as
        // kept, is larger than the blob threshold, so the restart's flush puts it in a blob file, and the list decided
        // afterwards finds its order only by reading the message back
        Purchase p = new Purchase(Purchase.residentId(SERIAL.incrementAndGet()));
        for (int i = 0; i < 99; i++) {
            p.line("09012100", "烘焙咖啡豆 批次 " + java.util.UUID.randomUUID(), "1", "035", "2", "1", "035");
        }
        String order = p.orderXml();
        assertThat(service.body(order.getBytes(StandardCharsets.UTF_8)).stored().length).isGreaterThan(4096);
        send(Purchase.PLATFORM, order);
        send(Purchase.AGENT, p.paymentXml());
        send(Purchase.LOGISTICS, p.waybillXml());
        service.reopenRocks();
        service.forgetWorkingMemory();
        try (var files = Files.walk(dir)) {
            assertThat(files.map(Path::toString)).anyMatch(f -> f.endsWith(".blob"));
        }
        assertThat(send(Purchase.AGENT, p.inventoryXml())).singleElement().satisfies(r ->
                assertThat(r.returnStatus()).as(r.returnInfo()).isEqualTo("800"));
    }

    @Test
    void the_memory_table_is_as_configured_here_the_suite_s_16_mb() throws IOException {
        // importwindow.cbec.rocksdb-memtable-mb (RocksdbPerContext sets 16 for the suite; production keeps 256)
        try (var files = Files.list(dir.resolve("cbec-rocksdb"))) {
            Path options = files.filter(f -> f.getFileName().toString().startsWith("OPTIONS-")).sorted()
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(Files.readString(options)).contains("write_buffer_size=" + (16 << 20));
        }
    }

    @Test
    void a_memory_table_size_rocksdb_cannot_use_is_refused_with_why() {
        assertThat(CbecService.memtableBytes(16)).isEqualTo(16L << 20);
        for (long mb : new long[] {0, -1, 65_537}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CbecService.memtableBytes(mb))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("importwindow.cbec.rocksdb-memtable-mb is " + mb);
        }
    }

    @Test
    void a_return_after_a_restart_reads_the_tax_bill_s_lines_back() {
        Purchase p = purchase();
        List<Receipt> list = sendWholePurchase(p);
        assertThat(list).singleElement().satisfies(r -> assertThat(r.returnStatus()).as(r.returnInfo())
                .isEqualTo("800"));
        String taxes = list.get(0).returnInfo().replaceAll(".*released; taxes ([0-9.]+) yuan.*", "$1");
        service.reopenRocks();
        service.forgetWorkingMemory();
        // the whole list returned: its taxes refunded from the bill's lines as stored (binary)
        assertThat(send(Purchase.AGENT, p.returnXml(list.get(0).invtNo()))).singleElement()
                .satisfies(r -> {
                    assertThat(r.returnStatus()).as(r.returnInfo()).isEqualTo("399");
                    assertThat(r.returnInfo()).endsWith("taxes refunded " + taxes + " yuan");
                });
    }

    /** The purchase's order, payment and waybill, then its inventory list: the list's receipts. */
    private List<Receipt> sendWholePurchase(Purchase p) {
        send(Purchase.PLATFORM, p.orderXml());
        send(Purchase.AGENT, p.paymentXml());
        send(Purchase.LOGISTICS, p.waybillXml());
        return send(Purchase.AGENT, p.inventoryXml());
    }
}
