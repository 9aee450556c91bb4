package org.importwindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.importwindow.tariff.MeasureType;
import org.junit.jupiter.api.Test;

/** Scenarios whose point is the explanation, the alternatives or the error detail (amounts: law-examples/). */
class AssessorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    private final Assessor assessor = TestTariff.assessor();

    private static ItemRequest item(String code, String origin, String value, String preference, boolean proof) {
        return new ItemRequest(code, origin, new BigDecimal(value), null, null, preference, proof, false, Map.of());
    }

    private ItemAssessment one(ItemRequest item) {
        return assessor.assess(new AssessmentRequest(DAY, null, List.of(item))).items().get(0);
    }

    @Test
    void australian_wine_without_proof_pays_mfn_and_says_why_chafta_was_passed_over() {
        ItemAssessment a = one(item("22042100", "AU", "100000", "AUTO", false));
        assertThat(a.duty().measureType()).isEqualTo(MeasureType.MFN);
        assertThat(a.duty().legalAct().reference()).isEqualTo("税委会公告2025年第11号");
        assertThat(a.alternatives()).anySatisfy(alt -> {
            assertThat(alt.arrangement()).isEqualTo("AU");
            assertThat(alt.eligible()).isFalse();
            assertThat(alt.applied()).isFalse();
            assertThat(alt.reason()).isEqualTo("conventional AU 0%: no proof of origin declared");
            assertThat(alt.amount()).isEqualByComparingTo("0");
        });
        assertThat(String.join(" ", a.explanation())).contains("MFN 14%").contains("TCC-2025-11")
                .contains("in force from 2018-01-01").contains("no proof of origin declared");
    }

    @Test
    void wine_from_australia_with_proof_of_origin_pays_the_chafta_rate_and_mfn_is_listed_as_higher() {
        ItemAssessment a = one(item("22042100", "AU", "100000", "AUTO", true));
        assertThat(a.duty().arrangement()).isEqualTo("AU");
        assertThat(a.duty().amount()).isEqualByComparingTo("0");
        assertThat(a.alternatives()).filteredOn(Alternative::applied).hasSize(1);
        assertThat(a.alternatives()).anySatisfy(alt -> {
            assertThat(alt.measureType()).isEqualTo(MeasureType.MFN);
            assertThat(alt.eligible()).isTrue();
            assertThat(alt.reason()).contains("not lower");
        });
    }

    @Test
    void claiming_an_arrangement_the_origin_is_not_party_to_falls_back_to_mfn_and_says_why() {
        ItemAssessment a = one(item("22042100", "FR", "100000", "AU", true));
        assertThat(a.duty().measureType()).isEqualTo(MeasureType.MFN);
        assertThat(String.join(" ", a.explanation())).contains("origin FR is not a partner of arrangement AU");
    }

    @Test
    void preference_none_keeps_mfn_even_when_a_preference_is_lower() {
        ItemAssessment a = one(item("22042100", "AU", "100000", "NONE", true));
        assertThat(a.duty().amount()).isEqualByComparingTo("14000");
        assertThat(a.alternatives()).anySatisfy(alt -> assertThat(alt.reason()).contains("not claimed"));
    }

    @Test
    void general_rate_origin_is_told_provisional_rates_never_apply() {
        ItemAssessment a = one(item("84715040", "KP", "100000", "AUTO", false));
        assertThat(a.duty().measureType()).isEqualTo(MeasureType.GENERAL);
        assertThat(a.alternatives()).anySatisfy(alt -> {
            assertThat(alt.measureType()).isEqualTo(MeasureType.PROVISIONAL);
            assertThat(alt.eligible()).isFalse();
            assertThat(alt.reason()).contains("never apply");
        });
    }

    @Test
    void conventional_rate_above_provisional_gives_the_provisional_rate() {
        ItemAssessment a = one(item("84715040", "KR", "100000", "KR", true));
        assertThat(a.duty().measureType()).isEqualTo(MeasureType.PROVISIONAL);
        assertThat(a.alternatives()).anySatisfy(alt -> assertThat(alt.reason())
                .isEqualTo("conventional KR 6%: the provisional rate 5% is lower (the lower of the two applies)"));
    }

    @Test
    void additional_duty_is_listed_separately_with_its_legal_act() {
        ItemAssessment a = one(item("22042100", "US", "100000", "AUTO", false));
        assertThat(a.additionalDuties()).singleElement().satisfies(d -> {
            assertThat(d.measureType()).isEqualTo(MeasureType.ADDITIONAL);
            assertThat(d.amount()).isEqualByComparingTo("10000.00");
            assertThat(d.legalAct().id()).isEqualTo("TCC-2025-2");
        });
        assertThat(a.totalDuty()).isEqualByComparingTo("24000.00");
    }

    @Test
    void a_more_specific_consumption_tax_measure_wins_over_the_heading() {
        ItemAssessment a = one(item("87032490", "JP", "100000", "AUTO", false));
        assertThat(a.consumptionTax().expression()).isEqualTo("5%");
    }

    @Test
    void amounts_have_two_decimals_and_vat_carries_its_rate() {
        ItemAssessment a = one(item("22042100", "FR", "100000", "AUTO", false));
        assertThat(a.duty().amount().scale()).isEqualTo(2);
        assertThat(a.vat().rate()).isEqualByComparingTo("0.13");
        assertThat(a.customsValueCny()).isEqualTo(new BigDecimal("100000.00"));
    }

    @Test
    void foreign_value_is_rounded_to_the_fen_before_taxes() {
        Assessment a = assessor.assess(new AssessmentRequest(DAY, "JPY",
                List.of(item("22042100", "FR", "12345", "AUTO", false))));
        // 12345 JPY x 4.8 / 100 = 592.56 CNY
        assertThat(a.items().get(0).customsValueCny()).isEqualTo(new BigDecimal("592.56"));
        assertThat(a.exchangeRate().currency()).isEqualTo("JPY");
        assertThat(a.items().get(0).duty().amount()).isEqualByComparingTo("82.96");
    }

    @Test
    void missing_attribute_is_reported_on_its_path() {
        ItemRequest car = new ItemRequest("87032342", "JP", new BigDecimal("1"), null, null, "AUTO", false, false,
                Map.of("cylinderCapacityLitres", "2.0"));
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> assessor.assess(new AssessmentRequest(DAY, null, List.of(car))));
        assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ASM-011", "items[0].attributes.batteryElectric"));
    }

    @Test
    void violations_carry_field_paths_for_every_item() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> assessor.assess(new AssessmentRequest(null, null, List.of(
                        item("22042100", "FR", "1", "AUTO", false), item("2204", "FR", "1", "AUTO", false)))));
        assertThat(e.violations()).extracting(Violation::code, Violation::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ASM-009", "date"),
                org.assertj.core.groups.Tuple.tuple("ASM-002", "items[1].commodityCode"));
    }
}
