package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tax bill of an inventory list as the specification's CEB816 message. */
class TaxBillsTest {
    private static final String GUID = "4CDE1CFD-EDED-46B1-946C-B8022E42FC94";
    private static final String MESSAGE_GUID = "0F1E2D3C-4B5A-4697-8877-665544332211";

    static TaxBill bill() {
        TaxHeadRd head = new TaxHeadRd(GUID, "20260301120000123", "370020261000000001", "TX370020261000000001",
                new BigDecimal("0.00"), new BigDecimal("45.50"), new BigDecimal("31.50"), TaxBill.STATUS_GENERATED,
                null, null, "ass201603081155", "1101110325", "1101180326", "1105910159", "3700");
        return new TaxBill(head, List.of(
                new TaxListRd(1, "3304990099", new BigDecimal("400.00"), BigDecimal.ZERO, new BigDecimal("36.40"),
                        new BigDecimal("25.20")),
                new TaxListRd(2, "3304990099", new BigDecimal("100.00"), BigDecimal.ZERO, new BigDecimal("9.10"),
                        new BigDecimal("6.30"))));
    }

    @Test
    void the_tax_bill_of_an_inventory_list_is_a_valid_ceb816_with_its_lines() {
        String xml = TaxBills.toXml(List.of(bill()), MESSAGE_GUID);

        assertThat(CebMessages.validate(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(xml).containsSubsequence("<CEB816Message", "<Tax>", "<TaxHeadRd>", "<invtNo>370020261000000001",
                "<customsTax>0.00", "<valueAddedTax>45.50", "<consumptionTax>31.50", "<status>1", "</TaxHeadRd>",
                "<TaxListRd>", "<gnum>1", "<taxPrice>400.00", "</TaxListRd>", "<TaxListRd>", "<gnum>2");
        assertThat(TaxBills.fromXml(xml.getBytes(StandardCharsets.UTF_8))).containsExactly(bill());
        assertThat(bill().taxTotal()).isEqualByComparingTo("77.00");
    }

    @Test
    void an_amount_finer_than_the_specification_allows_is_refused_rather_than_rounded_silently() {
        TaxBill b = bill();
        TaxHeadRd h = b.head();
        TaxHeadRd fine = new TaxHeadRd(h.guid(), h.returnTime(), h.invtNo(), h.taxNo(), h.customsTax(),
                new BigDecimal("45.500000"), new BigDecimal("31.1234567"), h.status(), null, null, null, null, null,
                null, null);

        assertThatThrownBy(() -> TaxBills.toXml(List.of(new TaxBill(fine, b.items())), MESSAGE_GUID))
                .hasMessageContaining("consumptionTax").hasMessageContaining("N19,5");
    }

    @Test
    void a_tax_bill_has_one_to_ninety_nine_lines() {
        assertThatThrownBy(() -> new TaxBill(bill().head(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
