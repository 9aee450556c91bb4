package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.importwindow.ecommerce.CbecLineTax;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.CbecTaxMode;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.junit.jupiter.api.Test;

/** The binary values of the RocksDB prototype ({@link RocksCodec}) read back as written. */
class CbecRocksCodecTest {
    static final String GUID = "4CDE1CFD-EDED-46B1-946C-B8022E42FC94";

    @Test
    void a_receipt_with_nulls_and_a_list_of_receipts() {
        Receipt order = Receipt.order(GUID, "1105910159", "1105910159", "ORDER-1", "120", "20261127083000123",
                "订单已入库 order stored");
        assertThat(RocksCodec.receipt(RocksCodec.receipt(order))).isEqualTo(order);
        Receipt list = Receipt.inventory(CebMessageType.CEB622, GUID, null, "1105910159", "1105910159", "AGENT",
                "COP-1", "B20261127000000001", null, "100", "20261127083000123", "-621004 清单已经申报过 " + "x".repeat(900));
        assertThat(RocksCodec.receipts(RocksCodec.receipts(List.of(order, list)))).containsExactly(order, list);
        assertThat(RocksCodec.receipts(RocksCodec.receipts(List.of()))).isEmpty();
    }

    @Test
    void a_list_state_keeps_where_its_inventory_is_and_what_the_pages_show_of_it() {
        StoredList pending = new StoredList(GUID, "AGENT", "COP-1", "B20261127000000001", null, "EBP", "ORDER-1",
                "LOG", "WAYBILL-1", "k3y", "110***********1234", "PENDING", "120",
                OffsetDateTime.of(2026, 11, 27, 8, 30, 0, 123_456_789, ZoneOffset.UTC), null, null, null, "SENDER",
                null);
        RocksCodec.ListState s = RocksCodec.list(RocksCodec.list(pending, new RocksCodec.Where("M-GUID", 3), null),
                null);
        assertThat(s.list()).isEqualTo(pending);
        assertThat(s.where()).isEqualTo(new RocksCodec.Where("M-GUID", 3));
        assertThat(s.summary()).as("none kept (as in states stored before summaries went with them)").isNull();
        StoredList released = new StoredList(GUID, "AGENT", "COP-1", "B20261127000000001", "110520261127000001",
                "EBP", "ORDER-1", "LOG", "WAYBILL-1", "k3y", "110***********1234", "RELEASED", "800",
                pending.receivedAt(), OffsetDateTime.of(2026, 11, 27, 16, 30, 1, 0, ZoneOffset.ofHours(8)),
                LocalDate.of(2026, 11, 27), new BigDecimal("123.45"), "SENDER", null);
        RocksCodec.Summary shown = new RocksCodec.Summary("示例平台", "张三", List.of("咖啡 coffee", "T恤 T-shirt"),
                new BigDecimal("540.00"));
        byte[] v = RocksCodec.list(released, new RocksCodec.Where("M-GUID", 0), shown);
        assertThat(RocksCodec.list(v, w -> null).list()).isEqualTo(released);
        assertThat(RocksCodec.list(v, w -> null).summary()).isEqualTo(shown);
        assertThat(RocksCodec.where(v)).isEqualTo(new RocksCodec.Where("M-GUID", 0));
    }

    @Test
    void a_block_of_an_enterprise_s_page_entries() {
        List<String> entries = List.of("7ff9e5c1a2b3c4d5|AGENT|COP-1", "7ff9e5c1a2b3c4d4|代理|COP-2");
        assertThat(RocksCodec.pageEntries(RocksCodec.pageEntries(entries))).isEqualTo(entries);
        assertThat(RocksCodec.pageEntries(RocksCodec.pageEntries(List.of()))).isEmpty();
    }

    @Test
    void a_usage_and_ledger_entries() {
        for (BigDecimal u : List.of(new BigDecimal("0.00"), new BigDecimal("-12.30"), new BigDecimal("26000.00"),
                new BigDecimal("123456789012345678901234567890.12"))) {
            BigDecimal back = RocksCodec.usage(RocksCodec.usage(u));
            assertThat(back).isEqualTo(u);
            assertThat(back.scale()).isEqualTo(u.scale());
        }
        RocksLedger.Entry debit = new RocksLedger.Entry("DEBIT", "k3y", "2026", LocalDate.of(2026, 11, 27),
                new BigDecimal("380.00"), true, new BigDecimal("1380.00"), null, new BigDecimal("0.00"));
        RocksLedger.Entry credit = new RocksLedger.Entry("CREDIT", "k3y", "2026", LocalDate.of(2026, 11, 27),
                new BigDecimal("80.00"), false, new BigDecimal("1300.00"), "CEB621:AGENT:COP-1", new BigDecimal("0.00"));
        assertThat(RocksCodec.entry(RocksCodec.entry(debit))).isEqualTo(debit);
        assertThat(RocksCodec.entry(RocksCodec.entry(credit))).isEqualTo(credit);
    }

    @Test
    void a_tax_bill_keeps_its_figures() {
        CbecLineTax line = new CbecLineTax(1, "0901210000", new BigDecimal("2"), new BigDecimal("2"),
                new BigDecimal("150.00"), new BigDecimal("5.00"), new BigDecimal("0.00"), new BigDecimal("305.00"),
                new BigDecimal("0.00"), new BigDecimal("27.76"), new BigDecimal("0.00"), new BigDecimal("27.76"),
                new BigDecimal("39.65"), new BigDecimal("0.00"), null, null, null, 42L, null);
        CbecTaxBill bill = new CbecTaxBill(LocalDate.of(2026, 11, 27), CbecTaxMode.WITHIN_LIMITS,
                new BigDecimal("0.7"), new BigDecimal("300.00"), new BigDecimal("5.00"), new BigDecimal("0.00"),
                new BigDecimal("305.00"), List.of(line), new BigDecimal("0.00"), new BigDecimal("27.76"),
                new BigDecimal("0.00"), new BigDecimal("27.76"), null, List.of());
        StoredTaxBill row = new StoredTaxBill("110520261127000001", GUID, "COP-1", "SENDER", "ORDER-1",
                bill.customsTax(), bill.valueAddedTax(), bill.consumptionTax(), bill.taxTotal(), "ISSUED",
                OffsetDateTime.of(2026, 11, 27, 8, 30, 0, 0, ZoneOffset.UTC), null);
        RocksCodec.Bill back = RocksCodec.taxBill(RocksCodec.taxBill(row, bill));
        assertThat(back.row()).isEqualTo(row);
        assertThat(back.bill()).isEqualTo(bill);
        assertThat(back.listKey()).as("not said (as in bills stored before they said it)").isNull();
        RocksCodec.Bill withList = RocksCodec.taxBill(RocksCodec.taxBill(row, bill, "l|AGENT|COP-1"));
        assertThat(withList.row()).isEqualTo(row);
        assertThat(withList.bill()).isEqualTo(bill);
        assertThat(withList.listKey()).isEqualTo("l|AGENT|COP-1");
    }
}
