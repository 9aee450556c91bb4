package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.importwindow.ecommerce.message.Ceb311Message;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The RocksDB store's writer goes on deciding while the committer thread encodes and writes the group before: what
 * the writer reads back of a group not yet written is the same as what is written, whichever thread encodes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CbecRocksInFlightTest {
    @DynamicPropertySource
    static void rocksdb(DynamicPropertyRegistry r) throws IOException {
        Path dir = Files.createTempDirectory("iw-cbec-inflight");
        r.add("importwindow.data-dir", dir::toString);
        r.add("importwindow.cbec.rocksdb-dir", () -> dir.resolve("cbec-rocksdb").toString());
    }

    @Autowired
    ApplicationContext context;

    @Test
    void a_group_still_being_written_is_read_back_as_it_will_be_stored() throws Exception {
        Path dir = Files.createTempDirectory("iw-cbec-inflight-rocks");
        RocksWork rocks = OpenedRocksWork.on(context, dir);
        CountDownLatch release = new CountDownLatch(1);
        try {
            Purchase p = new Purchase(Purchase.residentId(737373)).coffee("1", "100");
            byte[] raw = p.orderXml().getBytes(StandardCharsets.UTF_8);
            Ceb311Message message = (Ceb311Message) CebMessages.read(raw);
            Order order = message.orders().get(0);
            OffsetDateTime at = OffsetDateTime.parse("2026-11-27T10:00:00+08:00");
            rocks.insertMessage(message.guid(), CebMessageType.CEB311, Purchase.PLATFORM, at, 1, CbecService.Body.raw(raw),
                    "application/xml");
            assertThat(rocks.insertOrder(order, message.guid(), 0, Purchase.PLATFORM, at)).isTrue();
            List<Receipt> answer = List.of(Receipt.order(order.head().guid(), order.head().ebpCode(),
                    order.head().ebcCode(), order.head().orderNo(), "120", "20261127100000000", "订单已入库 order stored"));
            // the receipts kept under their sender: the message's answer is kept as their seqs
            rocks.insertReceipts(List.of(new CbecStore.OwnedReceipt(Purchase.PLATFORM, message.guid(), answer.get(0))));
            rocks.answered(message.guid(), answer);
            // a message whose answer is not among the group's receipts keeps the receipts themselves (as before)
            Purchase q = new Purchase(Purchase.residentId(737374)).coffee("1", "100");
            byte[] rawQ = q.orderXml().getBytes(StandardCharsets.UTF_8);
            Ceb311Message other = (Ceb311Message) CebMessages.read(rawQ);
            rocks.insertMessage(other.guid(), CebMessageType.CEB311, Purchase.PLATFORM, at, 1,
                    CbecService.Body.raw(rawQ), "application/xml");
            List<Receipt> otherAnswer = List.of(answer.get(0).withReturn("100", "20261127100000000", "-301010 x"));
            rocks.answered(other.guid(), otherAnswer);

            // the committer is held: the group is handed over but not encoded or written
            rocks.onCommitterThread(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            CompletableFuture<Void> written = rocks.flushAsync();
            assertThat(written).isNotDone();

            // the writer reads the group back from its values: the message, its answer, the order
            assertThat(rocks.storedMessage(message.guid())).contains(new CbecWork.StoredMessage(CebMessageType.CEB311,
                    Purchase.PLATFORM));
            assertThat(rocks.receiptsOfMessage(message.guid())).isEqualTo(answer);
            assertThat(rocks.receiptsOfMessage(other.guid())).isEqualTo(otherAnswer);
            assertThat(rocks.get("o|" + order.head().ebpCode() + "|" + order.head().orderNo())).isNotNull();
            assertThat(written).isNotDone();

            release.countDown();
            written.join();
            // and once written, from RocksDB, with nothing remembered
            rocks.forget();
            assertThat(rocks.receiptsOfMessage(message.guid())).isEqualTo(answer);
            assertThat(rocks.receiptsOfMessage(other.guid())).isEqualTo(otherAnswer);
            assertThat(rocks.readReceiptsOf(Purchase.PLATFORM, 10)).contains(answer.get(0));
            assertThat(rocks.order(order.head().ebpCode(), order.head().orderNo())).contains(order);
        } finally {
            release.countDown();
            rocks.close();
        }
    }

    @Test
    void a_message_is_kept_compressed_and_read_back_as_received_whichever_form_it_was_kept_in() throws Exception {
        byte[] lz4 = new Purchase(Purchase.residentId(737376)).coffee("1", "100").orderXml()
                .getBytes(StandardCharsets.UTF_8);
        byte[] raw = new Purchase(Purchase.residentId(737377)).coffee("1", "100").orderXml()
                .getBytes(StandardCharsets.UTF_8);
        byte[] deflated = new Purchase(Purchase.residentId(737378)).coffee("1", "100").orderXml()
                .getBytes(StandardCharsets.UTF_8);
        // the RocksDB store has the sender's thread compress a message with LZ4 before the writer sees it
        CbecService.Body body = context.getBean(CbecService.class).body(lz4);
        assertThat(body.form()).isEqualTo(CbecService.Body.Form.LZ4);
        assertThat(body.stored().length).isLessThan(lz4.length * 3 / 4);
        OffsetDateTime at = OffsetDateTime.parse("2026-11-28T10:00:00+08:00");
        Path dir = Files.createTempDirectory("iw-cbec-bodies-rocks");
        try (RocksWork rocks = OpenedRocksWork.on(context, dir)) {
            rocks.insertMessage(guid(lz4), CebMessageType.CEB311, Purchase.PLATFORM, at, 1, body, "application/xml");
            // as messages were kept before 2026-11-28 (as received), and as copied from the SQL store (deflated)
            rocks.insertMessage(guid(raw), CebMessageType.CEB311, Purchase.PLATFORM, at, 1, CbecService.Body.raw(raw),
                    "application/xml");
            rocks.insertMessage(guid(deflated), CebMessageType.CEB311, Purchase.PLATFORM, at, 1,
                    CbecService.Body.of(deflated), "application/xml");
            rocks.flush();
        }
        try (RocksWork rocks = OpenedRocksWork.on(context, dir)) {
            for (byte[] message : List.of(lz4, raw, deflated)) {
                assertThat(rocks.readMessageBody(guid(message))).hasValueSatisfying(
                        b -> assertThat(b).isEqualTo(message));
            }
            assertThat(rocks.readMessageBody("no-such-guid")).isEmpty();
        }
    }

    private static String guid(byte[] message) {
        return CebMessages.read(message).guid();
    }

    @Test
    void a_number_block_is_written_with_the_group_that_takes_it_and_numbering_goes_on_after_a_restart()
            throws Exception {
        Path dir = Files.createTempDirectory("iw-cbec-numbers-rocks");
        try (RocksWork rocks = OpenedRocksWork.on(context, dir)) {
            assertThat(rocks.nextNumberBlock()).isEqualTo(1);
            assertThat(rocks.nextNumberBlock()).isEqualTo(2);
            // handed to the committer: the next group reads the block taken from it, not from RocksDB
            CompletableFuture<Void> written = rocks.flushAsync();
            assertThat(rocks.nextNumberBlock()).isEqualTo(3);
            written.join();
            rocks.flush();
            // taken by a group never written (its numbers were never answered): not kept
            assertThat(rocks.nextNumberBlock()).isEqualTo(4);
        }
        try (RocksWork rocks = OpenedRocksWork.on(context, dir)) {
            assertThat(rocks.nextNumberBlock()).isEqualTo(4);
        }
    }

    @Test
    void once_closed_the_store_refuses_the_writer_s_reads_instead_of_touching_rocksdb_s_freed_handle()
            throws Exception {
        Path dir = Files.createTempDirectory("iw-cbec-closed-rocks");
        RocksWork rocks = OpenedRocksWork.on(context, dir);
        rocks.close();
        byte[] raw = new Purchase(Purchase.residentId(737375)).coffee("1", "100").orderXml()
                .getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rocks.get("o|x|y"))
                .isInstanceOf(RocksWork.Closed.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rocks.prefetch(CebMessages.read(raw), java.util.List.of(),
                java.time.LocalDate.of(2026, 11, 28)))
                .isInstanceOf(RocksWork.Closed.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rocks.pendingForWaybill("x", "y"))
                .isInstanceOf(RocksWork.Closed.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> rocks.nextNumberBlock())
                .isInstanceOf(RocksWork.Closed.class);
    }
}
