package org.importwindow.ecommerce.clearance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.importwindow.allowance.InMemoryLedger;
import org.importwindow.assessment.Language;
import org.importwindow.ecommerce.CbecLineTax;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.law.DatedParameters;
import org.junit.jupiter.api.Test;

/**
 * Cross-border e-commerce lists of skin care (33049900) are decided like any other: only high-end cosmetics
 * (财税〔2016〕103号: at least 10 yuan per millilitre or gram, or 15 yuan per piece, in the unit the line is declared
 * in) pay consumption tax, at 70% of the statutory amount within the limits; a cheaper cream is released without it.
 */
class HighEndCosmeticsClearanceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);
    private static final DatedParameters LAW = DatedParameters.loadBundled();
    private static final InventoryClearance CLEARANCE = BundledClearance.of(LAW);

    private static CbecTaxBill released(PurchaseDocuments p) {
        ClearanceDecision d = CLEARANCE.decide(p.list(), p.order(), p.payment(), p.waybill(), DAY, false,
                new InMemoryLedger(LAW), p.transactionId());
        assertThat(d).as(d instanceof ClearanceDecision.Refused r ? r.returnInfo() : d.toString())
                .isInstanceOf(ClearanceDecision.Released.class);
        return ((ClearanceDecision.Released) d).bill();
    }

    @Test
    void two_creams_declared_in_pieces_at_7_yuan_each_are_below_15_yuan_a_piece_and_released_without_consumption_tax() {
        CbecTaxBill b = released(new PurchaseDocuments(1, "0")
                .line("33049900", "保湿面霜", "2", "011", "7.00", "2", "011"));
        CbecLineTax line = b.lines().get(0);
        assertThat(line.statutoryConsumptionTax()).isEqualByComparingTo("0.00");
        assertThat(line.consumptionTax()).isEqualByComparingTo("0.00");
        assertThat(b.consumptionTax()).isEqualByComparingTo("0.00");
        // VAT 14 x 13% = 1.82, 70% of it 1.27
        assertThat(b.valueAddedTax()).isEqualByComparingTo("1.27");
        assertThat(line.assessment().explanation()).anyMatch(s -> s.contains(
                "the unit value of 7.00 CNY per piece is below the threshold of 15 CNY per piece"));
        assertThat(line.assessment().explanation(Language.ZH)).anyMatch(s -> s.contains("每个完税价格 7.00 元，低于 15 元的标准"));
    }

    @Test
    void one_cream_declared_in_pieces_at_300_yuan_is_high_end_and_pays_15_percent_consumption_tax_times_70_percent() {
        CbecTaxBill b = released(new PurchaseDocuments(2, "10")
                .line("33049900", "抗皱精华面霜", "1", "011", "300.00", "1", "011"));
        CbecLineTax line = b.lines().get(0);
        // dutiable 310 a piece; duty 0 within the limits; CT 310 x 15% / 85% = 54.71, 70% of it 38.30;
        // VAT (310 + 54.71) x 13% = 47.41, 70% of it 33.19
        assertThat(line.dutiablePrice()).isEqualByComparingTo("310.00");
        assertThat(line.statutoryConsumptionTax()).isEqualByComparingTo("54.71");
        assertThat(line.consumptionTax()).isEqualByComparingTo("38.30");
        assertThat(line.consumptionTaxMeasure().expression()).isEqualTo("15%");
        assertThat(line.consumptionTaxMeasure().legalAct().reference()).isEqualTo("财税〔2016〕103号");
        assertThat(b.valueAddedTax()).isEqualByComparingTo("33.19");
        assertThat(b.taxTotal()).isEqualByComparingTo("71.49");
    }

    @Test
    void a_50_ml_jar_of_cream_at_380_yuan_is_below_10_yuan_per_millilitre_and_released_without_consumption_tax() {
        CbecTaxBill b = released(new PurchaseDocuments(3, "0")
                .line("33049900", "保湿修护面霜", "1", "142", "380.00", "50", "096"));
        assertThat(b.consumptionTax()).isEqualByComparingTo("0.00");
        // VAT 380 x 13% = 49.40, 70% of it 34.58
        assertThat(b.valueAddedTax()).isEqualByComparingTo("34.58");
    }

    @Test
    void a_box_of_face_masks_declared_in_grams_at_12_yuan_per_gram_pays_consumption_tax() {
        CbecTaxBill b = released(new PurchaseDocuments(4, "0")
                .line("33049900", "补水面膜", "1", "140", "3000.00", "250", "036"));
        // CT 3000 x 15% / 85% = 529.41, 70% of it 370.59
        assertThat(b.lines().get(0).statutoryConsumptionTax()).isEqualByComparingTo("529.41");
        assertThat(b.consumptionTax()).isEqualByComparingTo("370.59");
    }

    @Test
    void face_masks_declared_in_sheets_are_counted_as_pieces_against_the_15_yuan_threshold() {
        // 片 (020) and 张 (010) are pieces for the notice ("15元/片(张)"): 10 sheets at 9 yuan are below it
        CbecTaxBill cheap = released(new PurchaseDocuments(5, "0")
                .line("33049900", "补水面膜", "10", "020", "9.00", "10", "020"));
        assertThat(cheap.consumptionTax()).isEqualByComparingTo("0.00");
        // 5 sheets at 40 yuan are above it: CT 200 x 15% / 85% = 35.29, 70% of it 24.70
        CbecTaxBill dear = released(new PurchaseDocuments(6, "0")
                .line("33049900", "奢华面膜", "5", "010", "40.00", "5", "010"));
        assertThat(dear.lines().get(0).statutoryConsumptionTax()).isEqualByComparingTo("35.29");
        assertThat(dear.consumptionTax()).isEqualByComparingTo("24.70");
    }
}
