package org.importwindow.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.ecommerce.CbecWorld.BUYER;
import static org.importwindow.ecommerce.CbecWorld.MARCH_2026;
import static org.importwindow.ecommerce.CbecWorld.TAX;
import static org.importwindow.ecommerce.CbecWorld.cream;
import static org.importwindow.ecommerce.CbecWorld.list;
import static org.importwindow.ecommerce.CbecWorld.milkPowder;
import static org.importwindow.ecommerce.CbecWorld.watch;
import static org.importwindow.ecommerce.CbecWorld.wine;
import static org.importwindow.ecommerce.CbecWorld.yuan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.importwindow.allowance.InMemoryLedger;
import org.importwindow.assessment.Language;
import org.importwindow.tariff.MeasureType;
import org.junit.jupiter.api.Test;

class CbecTaxTest {
    static final BigDecimal NONE_USED = BigDecimal.ZERO;

    static CbecTaxBill bill(CbecTaxResult r) {
        assertThat(r).isInstanceOf(CbecTaxBill.class);
        return (CbecTaxBill) r;
    }

    static CbecRefused refused(CbecTaxResult r) {
        assertThat(r).isInstanceOf(CbecRefused.class);
        return (CbecRefused) r;
    }

    @Test
    void a_bottle_of_french_wine_within_the_limits_pays_no_duty_and_70_percent_of_consumption_tax_and_vat() {
        CbecTaxBill b = bill(TAX.assess(list(MARCH_2026, "0", wine(1, "1000.00")), NONE_USED));
        // statutory with duty 0: CT 1000 x 10% / 90% = 111.11; VAT (1000 + 111.11) x 13% = 144.44
        CbecLineTax line = b.lines().get(0);
        assertThat(line.statutoryConsumptionTax()).isEqualByComparingTo("111.11");
        assertThat(line.statutoryValueAddedTax()).isEqualByComparingTo("144.44");
        assertThat(b.mode()).isEqualTo(CbecTaxMode.WITHIN_LIMITS);
        assertThat(b.fraction()).isEqualByComparingTo("0.7");
        assertThat(b.customsTax()).isEqualByComparingTo("0.00");
        assertThat(b.consumptionTax()).isEqualByComparingTo("77.78");
        assertThat(b.valueAddedTax()).isEqualByComparingTo("101.11");
        assertThat(b.taxTotal()).isEqualByComparingTo("178.89");
        assertThat(line.duty().expression()).isEqualTo("0%");
        assertThat(line.duty().legalAct().reference()).isEqualTo("财关税〔2016〕18号");
        assertThat(line.consumptionTaxMeasure().expression()).isEqualTo("10%");
        assertThat(line.vatMeasure().expression()).isEqualTo("13%");
    }

    @Test
    void wine_cream_and_milk_powder_share_the_freight_by_value_and_each_tax_is_70_percent_to_the_fen() {
        CbecTaxBill b = bill(TAX.assess(list(MARCH_2026, "20.00", wine(1, "1000.00"), cream(2, "600.00"),
                milkPowder(3, "400.00")), NONE_USED));
        assertThat(b.lines()).extracting(CbecLineTax::freight).map(BigDecimal::toPlainString)
                .containsExactly("10.00", "6.00", "4.00");
        assertThat(b.dutiablePrice()).isEqualByComparingTo("2020.00");
        // wine 1010: CT 112.22 -> 78.55; VAT (1010 + 112.22) x 13% = 145.89 -> 102.12
        // cream 606 (12.12 yuan/ml, high-end: CT 15%): CT 106.94 -> 74.86; VAT 92.68 -> 64.88
        // milk powder 404: no CT; VAT 52.52 -> 36.76
        assertThat(b.lines()).extracting(CbecLineTax::consumptionTax).map(BigDecimal::toPlainString)
                .containsExactly("78.55", "74.86", "0.00");
        assertThat(b.lines()).extracting(CbecLineTax::valueAddedTax).map(BigDecimal::toPlainString)
                .containsExactly("102.12", "64.88", "36.76");
        assertThat(b.customsTax()).isEqualByComparingTo("0.00");
        assertThat(b.consumptionTax()).isEqualByComparingTo("153.41");
        assertThat(b.valueAddedTax()).isEqualByComparingTo("203.76");
        assertThat(b.taxTotal()).isEqualByComparingTo("357.17");
    }

    @Test
    void shampoo_is_no_cosmetic_for_consumption_tax_and_pays_only_70_percent_of_vat() {
        CbecLine shampoo = new CbecLine(1, "33051000", "shampoo 400ml", "KR", yuan("400"), "MLT", yuan("300.00"),
                Map.of());
        CbecTaxBill b = bill(TAX.assess(list(MARCH_2026, "0", shampoo), NONE_USED));
        assertThat(b.consumptionTax()).isEqualByComparingTo("0.00");
        assertThat(b.valueAddedTax()).isEqualByComparingTo("27.30");
    }

    @Test
    void small_taxes_are_not_waived_for_cross_border_e_commerce() {
        // VAT 0.7 x 13 = 9.10 yuan: a goods consignment would have it waived (50 yuan or less), CBEC does not
        CbecTaxBill b = bill(TAX.assess(list(MARCH_2026, "0", milkPowder(1, "100.00")), NONE_USED));
        assertThat(b.valueAddedTax()).isEqualByComparingTo("9.10");
        assertThat(b.taxTotal()).isEqualByComparingTo("9.10");
        assertThat(b.explanation(Language.ZH)).anyMatch(s -> s.contains("50元以下免征"));
    }

    @Test
    void one_watch_over_the_single_limit_is_taxed_in_full_at_the_goods_rates() {
        CbecTaxBill b = bill(TAX.assess(list(MARCH_2026, "0", watch(1, "1", "12000.00")), NONE_USED));
        // duty MFN 10% = 1200; CT 20% (>= 10,000 a piece): (12000 + 1200) x 20% / 80% = 3300; VAT 16500 x 13%
        assertThat(b.mode()).isEqualTo(CbecTaxMode.ONE_ITEM_FULL);
        assertThat(b.customsTax()).isEqualByComparingTo("1200.00");
        assertThat(b.consumptionTax()).isEqualByComparingTo("3300.00");
        assertThat(b.valueAddedTax()).isEqualByComparingTo("2145.00");
        assertThat(b.taxTotal()).isEqualByComparingTo("6645.00");
        assertThat(b.lines().get(0).duty().measureType()).isEqualTo(MeasureType.MFN);
        assertThat(b.explanation()).anyMatch(s -> s.contains("one item only"));
    }

    @Test
    void one_bottle_of_whisky_declared_in_litres_counts_as_one_item_by_its_item_count() {
        CbecLine whisky = new CbecLine(1, "22083000", "single malt 700ml", "GB", yuan("0.7"), "LTR",
                yuan("6000.00"), Map.of(CbecLine.ITEM_COUNT, "1"));
        CbecTaxBill b = bill(TAX.assess(list(MARCH_2026, "0", whisky), NONE_USED));
        // duty 600; CT (6600 + 0.70) / 0.8 x 20% + 0.70 = 1650.88; VAT (6600 + 1650.88) x 13% = 1072.61
        assertThat(b.mode()).isEqualTo(CbecTaxMode.ONE_ITEM_FULL);
        assertThat(b.customsTax()).isEqualByComparingTo("600.00");
        assertThat(b.consumptionTax()).isEqualByComparingTo("1650.88");
        assertThat(b.valueAddedTax()).isEqualByComparingTo("1072.61");
    }

    @Test
    void two_watches_over_the_single_limit_are_refused_with_621005() {
        CbecRefused r = refused(TAX.assess(list(MARCH_2026, "0", watch(1, "2", "6000.00")), NONE_USED));
        assertThat(r.first().refusal()).isEqualTo(CbecRefusal.SINGLE_LIMIT);
        assertThat(r.returnInfo()).startsWith("-621005 ").contains("单笔限额[5000]").contains("single-transaction");
        CbecRefused twoLines = refused(TAX.assess(list(MARCH_2026, "0", watch(1, "1", "3000.00"),
                watch(2, "1", "3000.00")), NONE_USED));
        assertThat(twoLines.first().code()).isEqualTo("-621005");
    }

    @Test
    void the_freight_counts_towards_the_single_limit() {
        assertThat(TAX.assess(list(MARCH_2026, "0.00", cream(1, "2500.00"), cream(2, "2500.00")), NONE_USED)
                .accepted()).isTrue();
        CbecRefused r = refused(TAX.assess(list(MARCH_2026, "0.01", cream(1, "2500.00"), cream(2, "2500.00")),
                NONE_USED));
        assertThat(r.first().code()).isEqualTo("-621005");
    }

    @Test
    void a_buyer_with_25000_used_this_year_is_refused_a_2000_list_with_621018_and_a_masked_id() {
        CbecRefused r = refused(TAX.assess(list(MARCH_2026, "0", wine(1, "2000.00")), yuan("25000.00")));
        assertThat(r.first().refusal()).isEqualTo(CbecRefusal.ANNUAL_LIMIT);
        assertThat(r.returnInfo()).startsWith("-621018 ").contains("1101**********002X")
                .contains("已用购买额度为[25000.00]").contains("年度限额[26000]").doesNotContain(BUYER);
    }

    @Test
    void the_one_item_exception_still_counts_against_the_annual_limit() {
        CbecRefused r = refused(TAX.assess(list(MARCH_2026, "0", watch(1, "1", "12000.00")), yuan("15000.00")));
        assertThat(r.first().code()).isEqualTo("-621018");
    }

    @Test
    void goods_off_the_positive_list_are_refused_line_by_line() {
        CbecLine crude = new CbecLine(2, "27090000", "crude oil", "SA", yuan("100"), "KGM", yuan("100.00"), Map.of());
        CbecLine car = new CbecLine(3, "87032342", "car", "DE", yuan("1"), "PCE", yuan("900.00"), Map.of());
        CbecRefused r = refused(TAX.assess(list(MARCH_2026, "0", wine(1, "100.00"), crude, car), NONE_USED));
        assertThat(r.rejections()).extracting(CbecRejection::refusal)
                .containsExactly(CbecRefusal.NOT_ON_POSITIVE_LIST, CbecRefusal.NOT_ON_POSITIVE_LIST);
        assertThat(r.rejections()).extracting(CbecRejection::path)
                .containsExactly("lines[gnum=2].commodityCode", "lines[gnum=3].commodityCode");
        assertThat(r.returnInfo()).startsWith("-621001 ").contains("27090000").contains("不在跨境电子商务零售进口商品清单内");
    }

    @Test
    void a_buyer_id_number_with_a_wrong_check_character_is_refused_without_repeating_it() {
        CbecTaxRequest bad = new CbecTaxRequest(MARCH_2026, "110105194912310021", List.of(wine(1, "100.00")),
                null, null);
        CbecRefused r = refused(TAX.assess(bad, NONE_USED));
        assertThat(r.first().refusal()).isEqualTo(CbecRefusal.INVALID_BUYER_ID);
        assertThat(r.returnInfo()).startsWith("-621001").contains("校验码").doesNotContain("110105194912310021");
    }

    @Test
    void duplicate_line_numbers_are_refused_with_621027() {
        CbecRefused r = refused(TAX.assess(list(MARCH_2026, "0", wine(1, "100.00"), cream(1, "100.00")), NONE_USED));
        assertThat(r.first().code()).isEqualTo("-621027");
    }

    @Test
    void a_line_the_engine_cannot_assess_is_refused_naming_the_line() {
        CbecLine creamWithoutQuantity = new CbecLine(4, "33049900", "face cream", "JP", null, null,
                yuan("600.00"), Map.of());
        CbecRefused r = refused(TAX.assess(list(MARCH_2026, "0", creamWithoutQuantity), NONE_USED));
        assertThat(r.first().code()).isEqualTo("-621001");
        assertThat(r.first().path()).startsWith("lines[gnum=4]");
    }

    @Test
    void an_accepted_list_debits_the_buyer_s_ledger_once_even_when_resent() {
        InMemoryLedger ledger = new InMemoryLedger(CbecWorld.LAW);
        CbecTaxRequest request = list(MARCH_2026, "20.00", wine(1, "1000.00"), cream(2, "600.00"));
        CbecTaxBill first = bill(TAX.assessAndDebit(request, ledger, "INVT-1"));
        CbecTaxBill again = bill(TAX.assessAndDebit(request, ledger, "INVT-1"));
        assertThat(again).isEqualTo(first);
        assertThat(first.allowance().usage()).isEqualByComparingTo("1620.00");
        assertThat(first.allowance().remaining()).isEqualByComparingTo("24380.00");
        assertThat(ledger.usage(org.importwindow.allowance.AllowanceScheme.CBEC_RETAIL_IMPORT, BUYER, MARCH_2026))
                .isEqualByComparingTo("1620.00");
    }

    @Test
    void the_ledger_refuses_the_list_that_would_cross_the_annual_limit_and_debits_nothing() {
        InMemoryLedger ledger = new InMemoryLedger(CbecWorld.LAW);
        for (int i = 0; i < 5; i++) {
            assertThat(TAX.assessAndDebit(list(MARCH_2026, "0", cream(1, "5000.00")), ledger, "L" + i).accepted())
                    .isTrue();
        }
        CbecRefused r = refused(TAX.assessAndDebit(list(MARCH_2026, "0", cream(1, "1000.01")), ledger, "L5"));
        assertThat(r.returnInfo()).startsWith("-621018 清单[L5]中购买人[1101**********002X]已用购买额度为[25000.00]");
        assertThat(ledger.usage(org.importwindow.allowance.AllowanceScheme.CBEC_RETAIL_IMPORT, BUYER, MARCH_2026))
                .isEqualByComparingTo("25000.00");
        assertThat(TAX.assessAndDebit(list(MARCH_2026, "0", cream(1, "1000.00")), ledger, "L6").accepted()).isTrue();
    }

    @Test
    void a_lower_case_x_in_the_buyer_id_debits_the_same_buyer() {
        InMemoryLedger ledger = new InMemoryLedger(CbecWorld.LAW);
        TAX.assessAndDebit(list(MARCH_2026, "0", wine(1, "100.00")), ledger, "A");
        TAX.assessAndDebit(new CbecTaxRequest(MARCH_2026, "11010519491231002x", List.of(wine(1, "100.00")), null,
                null), ledger, "B");
        assertThat(ledger.usage(org.importwindow.allowance.AllowanceScheme.CBEC_RETAIL_IMPORT, BUYER, MARCH_2026))
                .isEqualByComparingTo("200.00");
    }

    @Test
    void the_explanation_names_the_mode_the_limits_and_their_acts_in_both_languages() {
        CbecTaxBill b = bill(TAX.assess(list(MARCH_2026, "5.00", wine(1, "100.00")), NONE_USED));
        assertThat(b.explanation().get(0)).contains("within the single-transaction limit of 5000")
                .contains("70%").contains("财关税〔2018〕49号");
        assertThat(b.explanation(Language.ZH).get(0)).contains("关税税率暂设为0%");
        assertThat(b.explanation()).anyMatch(s -> s.contains("allocated over the lines"));
    }

    @Test
    void concurrent_lists_of_one_buyer_through_the_tax_never_overspend_the_annual_limit() throws Exception {
        InMemoryLedger ledger = new InMemoryLedger(CbecWorld.LAW);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<CbecTaxResult>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "L" + i;
            results.add(pool.submit(() -> TAX.assessAndDebit(list(MARCH_2026, "0", cream(1, "1000.00")), ledger, id)));
        }
        int accepted = 0;
        for (java.util.concurrent.Future<CbecTaxResult> f : results) {
            if (f.get().accepted()) {
                accepted++;
            } else {
                assertThat(((CbecRefused) f.get()).first().code()).isEqualTo("-621018");
            }
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(26);
        assertThat(ledger.usage(org.importwindow.allowance.AllowanceScheme.CBEC_RETAIL_IMPORT, BUYER, MARCH_2026))
                .isEqualByComparingTo("26000.00");
    }
}
