package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Receipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The RocksDB store keeps each enterprise's receipts of a group in blocks under one key each, instead of a key per
 * receipt: every receipt is still found by its copNo, orderNo or guid, a message resent is answered the same, and the
 * enterprise's page lists them newest first, across blocks and groups. Blocks of three here, so that one message's
 * answer spans several.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CbecReceiptBlocksTest {
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-28T10:00:00+08:00");

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void rocksdb(DynamicPropertyRegistry r) {
        r.add("importwindow.data-dir", () -> data.toString());
        r.add("importwindow.cbec.rocksdb-dir", () -> data.resolve("cbec-rocksdb").toString());
    }

    @Autowired
    ApplicationContext context;

    /** A guid of the spec's 36 characters, numbered. */
    static String guid(String kind, int n) {
        return String.format("%s-0000-0000-0000-%012d", kind, n);
    }

    static Receipt ordered(int n) {
        return Receipt.order(guid("0000000A", n), Purchase.PLATFORM, Purchase.PLATFORM, "ORDER-" + n, "120",
                "20261128100000000", "订单已入库 order stored");
    }

    static Receipt carried(int n) {
        return Receipt.logistics(guid("0000000B", n), Purchase.LOGISTICS, "WAYBILL-" + n, "120", "20261128100000000",
                "运单已入库 waybill stored");
    }

    /** A message of the platform's, stored, answered by {@code answer} (its receipts kept with the group's). */
    static String answeredMessage(RocksWork rocks, List<Receipt> answer) {
        byte[] raw = new Purchase(Purchase.residentId(818181)).coffee("1", "100").orderXml()
                .getBytes(StandardCharsets.UTF_8);
        String guid = CebMessages.read(raw).guid();
        rocks.insertMessage(guid, CebMessageType.CEB311, Purchase.PLATFORM, AT, answer.size(),
                CbecService.Body.raw(raw), "application/xml");
        rocks.answered(guid, answer);
        return guid;
    }

    @Test
    void receipts_kept_in_blocks_are_found_by_their_numbers_by_a_resend_and_on_the_enterprise_s_page(
            @TempDir Path dir) throws IOException {
        try (RocksWork rocks = OpenedRocksWork.on(context, dir, 3)) {
            // a group: seven receipts answering the platform's message (blocks of 3, 3 and 1), the logistics
            // company's two receipts made in between
            List<Receipt> answer = new ArrayList<>();
            List<CbecStore.OwnedReceipt> made = new ArrayList<>();
            for (int n = 1; n <= 7; n++) {
                answer.add(ordered(n));
            }
            String message = answeredMessage(rocks, answer);
            for (int n = 1; n <= 7; n++) {
                made.add(new CbecStore.OwnedReceipt(Purchase.PLATFORM, message, answer.get(n - 1)));
                if (n == 2 || n == 5) {
                    made.add(new CbecStore.OwnedReceipt(Purchase.LOGISTICS, null, carried(n)));
                }
            }
            rocks.insertReceipts(made);
            rocks.flush();
            rocks.forget();

            assertThat(rocks.receiptsOfMessage(message)).isEqualTo(answer);
            for (int n = 1; n <= 7; n++) {
                assertThat(rocks.readReceipts(Purchase.PLATFORM, null, "ORDER-" + n, null, 10))
                        .containsExactly(ordered(n));
                assertThat(rocks.readReceipts(Purchase.PLATFORM, null, null, guid("0000000A", n), 10))
                        .containsExactly(ordered(n));
            }
            assertThat(rocks.readReceipts(Purchase.LOGISTICS, null, null, guid("0000000B", 5), 10))
                    .containsExactly(carried(5));
            // each enterprise finds only its own
            assertThat(rocks.readReceipts(Purchase.PLATFORM, null, null, guid("0000000B", 5), 10)).isEmpty();
            assertThat(rocks.readReceipts(Purchase.LOGISTICS, null, "ORDER-3", null, 10)).isEmpty();
            assertThat(rocks.readReceiptsOf(Purchase.PLATFORM, 100)).containsExactly(ordered(7), ordered(6), ordered(5),
                    ordered(4), ordered(3), ordered(2), ordered(1));
            assertThat(rocks.readReceiptsOf(Purchase.LOGISTICS, 100)).containsExactly(carried(5), carried(2));

            // a second group: its receipts come first on the page, the page's limit counts receipts, not blocks
            rocks.insertReceipts(List.of(new CbecStore.OwnedReceipt(Purchase.PLATFORM, null, ordered(8)),
                    new CbecStore.OwnedReceipt(Purchase.PLATFORM, null, ordered(9))));
            rocks.flush();
            assertThat(rocks.readReceiptsOf(Purchase.PLATFORM, 4)).containsExactly(ordered(9), ordered(8), ordered(7),
                    ordered(6));
            assertThat(rocks.readReceipts(Purchase.PLATFORM, null, "ORDER-9", null, 10)).containsExactly(ordered(9));
            assertThat(rocks.receiptsOfMessage(message)).isEqualTo(answer);
        }
    }
}
