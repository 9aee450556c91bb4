package org.importwindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.load.BundledMeasures;
import org.junit.jupiter.api.Test;

/**
 * Consumption tax on cosmetics since 2016-10-01 (财税〔2016〕103号): only high-end beauty and skin-care preparations
 * (3304) and perfumes (3303) are taxed, 15%, those whose dutiable price is at least 10 yuan per millilitre (gram) or
 * 15 yuan per piece. The bundled data states it as three alternative measures; the threshold in the unit the goods
 * are declared in decides (kilograms and litres convert to grams and millilitres), the others do not apply. On the
 * bundled tariff: MFN 1% on 33049900, 3% on 33030000, VAT 13%. Amounts are the item's, before the 50-yuan waiver.
 */
class HighEndCosmeticsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    private static final String CREAM = "33049900";
    private static final String PERFUME = "33030000";
    private static final Assessor ASSESSOR;

    static {
        Nomenclature nomenclature = NomenclatureLoader.loadBundled();
        ReferenceData reference = ReferenceDataLoader.loadBundled();
        ASSESSOR = new Assessor(BundledMeasures.load(nomenclature, reference).schedule(nomenclature), reference,
                LayeredCustomsExchangeRates.bundled(), DatedParameters.loadBundled());
    }

    private static ItemRequest item(String code, String value, String quantity, String unit,
                                    Map<String, String> attributes) {
        return new ItemRequest(code, "FR", new BigDecimal(value), quantity == null ? null : new BigDecimal(quantity),
                unit, ItemRequest.AUTO, false, false, attributes);
    }

    private static ItemAssessment assess(String code, String value, String quantity, String unit) {
        return ASSESSOR.assess(new AssessmentRequest(DAY, null, List.of(item(code, value, quantity, unit, Map.of()))))
                .items().get(0);
    }

    private static List<Violation> refused(ItemRequest item) {
        return catchThrowableOfType(InvalidRequestException.class,
                () -> ASSESSOR.assess(new AssessmentRequest(DAY, null, List.of(item)))).violations();
    }

    private static String ct(ItemAssessment a) {
        return a.consumptionTax().amount().toPlainString();
    }

    // 3000 yuan of cream: duty 30; if high-end, CT (3000 + 30) x 15% / 85% = 534.71

    @Test
    void cream_of_500_ml_at_3000_yuan_is_6_yuan_per_ml_below_the_high_end_threshold_and_pays_no_consumption_tax() {
        ItemAssessment a = assess(CREAM, "3000", "500", "MLT");
        assertThat(ct(a)).isEqualTo("0.00");
        assertThat(a.consumptionTax().measureSid()).isZero();
        assertThat(a.vat().amount()).isEqualByComparingTo("393.90");
    }

    @Test
    void cream_of_250_ml_at_3000_yuan_is_12_yuan_per_ml_and_pays_15_percent() {
        ItemAssessment a = assess(CREAM, "3000", "250", "MLT");
        assertThat(ct(a)).isEqualTo("534.71");
        assertThat(a.consumptionTax().legalAct().reference()).isEqualTo("财税〔2016〕103号");
    }

    @Test
    void cream_declared_in_grams_is_judged_by_the_10_yuan_per_gram_threshold() {
        assertThat(ct(assess(CREAM, "3000", "500", "GRM"))).isEqualTo("0.00");
        assertThat(ct(assess(CREAM, "3000", "200", "GRM"))).isEqualTo("534.71");
    }

    @Test
    void cream_declared_in_pieces_is_judged_by_the_15_yuan_per_piece_threshold_which_it_reaches_at_exactly_15() {
        assertThat(ct(assess(CREAM, "3000", "250", "PCE"))).as("12 yuan a piece").isEqualTo("0.00");
        assertThat(ct(assess(CREAM, "3000", "201", "PCE"))).as("14.93 yuan a piece").isEqualTo("0.00");
        assertThat(ct(assess(CREAM, "3000", "200", "PCE"))).as("15 yuan a piece").isEqualTo("534.71");
        assertThat(ct(assess(CREAM, "3000", "100", "PCE"))).as("30 yuan a piece").isEqualTo("534.71");
    }

    @Test
    void cream_declared_in_kilograms_or_litres_converts_to_grams_or_millilitres() {
        assertThat(ct(assess(CREAM, "3000", "0.5", "KGM"))).as("6 yuan a gram").isEqualTo("0.00");
        assertThat(ct(assess(CREAM, "3000", "0.2", "KGM"))).as("15 yuan a gram").isEqualTo("534.71");
        assertThat(ct(assess(CREAM, "3000", "0.5", "LTR"))).as("6 yuan a ml").isEqualTo("0.00");
        assertThat(ct(assess(CREAM, "3000", "0.25", "LTR"))).as("12 yuan a ml").isEqualTo("534.71");
    }

    @Test
    void a_single_cheap_cream_declared_as_one_piece_is_no_longer_refused_for_its_value_per_gram() {
        ItemAssessment a = assess(CREAM, "14", "1", "PCE");
        assertThat(ct(a)).isEqualTo("0.00");
        assertThat(assess(CREAM, "30", "1", "PCE").consumptionTax().amount()).isEqualByComparingTo("5.35");
    }

    // 3000 yuan of perfume: duty 90; if high-end, CT (3000 + 90) x 15% / 85% = 545.29

    @Test
    void perfume_is_judged_by_the_same_thresholds_in_millilitres_grams_or_pieces() {
        assertThat(ct(assess(PERFUME, "3000", "500", "MLT"))).as("6 yuan a ml").isEqualTo("0.00");
        assertThat(ct(assess(PERFUME, "3000", "250", "MLT"))).as("12 yuan a ml").isEqualTo("545.29");
        assertThat(ct(assess(PERFUME, "3000", "400", "GRM"))).as("7.50 yuan a gram").isEqualTo("0.00");
        assertThat(ct(assess(PERFUME, "3000", "300", "GRM"))).as("10 yuan a gram").isEqualTo("545.29");
        assertThat(ct(assess(PERFUME, "3000", "300", "PCE"))).as("10 yuan a piece").isEqualTo("0.00");
        assertThat(ct(assess(PERFUME, "3000", "100", "PCE"))).as("30 yuan a piece").isEqualTo("545.29");
    }

    @Test
    void the_explanation_says_the_unit_value_was_below_the_threshold_and_cites_the_notice_in_both_languages() {
        ItemAssessment a = assess(CREAM, "3000", "500", "MLT");
        assertThat(a.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("Consumption tax: none due: consumption tax 15% (CAISHUI-2016-103 (财税〔2016〕103号)")
                .contains("the unit value of 6.00 CNY per millilitre is below the threshold of 10 CNY per millilitre")
                .contains("the thresholds per gram and per piece are for goods declared in those units"));
        assertThat(a.explanation(Language.ZH)).anySatisfy(line -> assertThat(line)
                .startsWith("消费税：不征收。消费税 15%（CAISHUI-2016-103（财税〔2016〕103号）")
                .contains("每毫升完税价格 6.00 元，低于 10 元的标准")
                .contains("每克、每个的标准适用于以该计量单位申报数量的货物")
                .doesNotContain("CNY"));
    }

    @Test
    void the_explanation_says_the_unit_value_reached_the_threshold_when_the_tax_is_due() {
        ItemAssessment a = assess(CREAM, "3000", "100", "PCE");
        assertThat(a.explanation()).anySatisfy(line -> assertThat(line).startsWith("Consumption tax 534.71 CNY: 15%")
                .contains("财税〔2016〕103号")
                .endsWith("as the unit value of 30.00 CNY per piece is at or above the threshold of 15 CNY per piece."));
        assertThat(a.explanation(Language.ZH)).anySatisfy(line -> assertThat(line).startsWith("消费税 534.71 元：15%")
                .endsWith("因为每个完税价格 30.00 元，不低于 15 元的标准。"));
    }

    @Test
    void cream_without_a_quantity_is_refused_once_asking_for_the_quantity_in_ml_grams_or_pieces() {
        List<Violation> v = refused(item(CREAM, "3000", null, null, Map.of()));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("ASM-011");
            assertThat(x.path()).isEqualTo("items[0].quantity");
            assertThat(x.message()).contains("MLT, GRM or PCE").contains("no quantity is declared");
        });
    }

    @Test
    void cream_declared_in_a_unit_none_of_the_thresholds_is_in_is_refused_asking_for_one_that_is() {
        List<Violation> v = refused(item(CREAM, "3000", "2", "MTR", Map.of()));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("ASM-011");
            assertThat(x.path()).isEqualTo("items[0].unit");
            assertThat(x.message()).contains("MLT, GRM or PCE").contains("declared in MTR");
        });
    }

    @Test
    void cream_whose_value_per_piece_is_declared_without_a_quantity_is_judged_by_it() {
        ItemAssessment a = ASSESSOR.assess(new AssessmentRequest(DAY, null, List.of(
                item(CREAM, "3000", null, null, Map.of("unitValueCny.PCE", "30"))))).items().get(0);
        assertThat(ct(a)).isEqualTo("534.71");
    }

    @Test
    void thresholds_in_one_unit_only_still_need_that_unit_cigarettes_and_watches_in_kilograms_are_refused() {
        assertThat(refused(item("24022000", "10000", "2", "KGM", Map.of()))).extracting(Violation::path)
                .containsExactly("items[0].attributes.unitValueCny.CARTON");
        assertThat(refused(item("91021100", "10000", "0.2", "KGM", Map.of()))).extracting(Violation::path)
                .containsExactly("items[0].attributes.unitValueCny.PCE");
    }
}
