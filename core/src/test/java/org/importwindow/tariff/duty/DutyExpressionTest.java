package org.importwindow.tariff.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DutyExpressionTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static DutyBase base(String value, String quantity, Unit unit) {
        Map<String, BigDecimal> rates = Map.of("USD", bd("7.0"));
        return new DutyBase(bd(value), quantity == null ? null : bd(quantity), unit, rates::get);
    }

    private static BigDecimal duty(String expression, DutyBase base) {
        return DutyExpression.parse(expression).resolve(base).amountOn(base.customsValueCny());
    }

    @Test
    void ad_valorem_rate_is_a_percentage_of_the_customs_value() {
        DutyExpression e = DutyExpression.parse("14%");
        assertThat(e).isEqualTo(new AdValorem(bd("14")));
        assertThat(duty("14%", DutyBase.ofValue(bd("100000")))).isEqualByComparingTo("14000");
        assertThat(e.needsQuantity()).isFalse();
    }

    @Test
    void specific_duty_on_kilograms_is_charged_per_tonne_when_written_per_tonne() {
        assertThat(duty("900 CNY/TNE", base("1", "2500", Unit.KGM))).isEqualByComparingTo("2250");
    }

    @Test
    void beer_duty_per_988_litres_divides_the_quantity_by_the_multiplier() {
        DutyExpression e = DutyExpression.parse("250 CNY/988LTR");
        assertThat(e).isEqualTo(new Specific(bd("250"), "CNY", bd("988"), Unit.LTR));
        assertThat(duty("250 CNY/988LTR", base("1", "1976", Unit.LTR))).isEqualByComparingTo("500");
        assertThat(e.text()).isEqualTo("250 CNY/988LTR");
    }

    @Test
    void compound_duty_adds_its_terms() {
        DutyExpression e = DutyExpression.parse("6%+51500 CNY/PCE");
        assertThat(e.text()).isEqualTo("6% + 51500 CNY/PCE");
        ResolvedDuty r = e.resolve(base("100000", "2", Unit.PCE));
        assertThat(r.adValoremRate()).isEqualByComparingTo("0.06");
        assertThat(r.specificAmount()).isEqualByComparingTo("103000");
        assertThat(r.amountOn(bd("100000"))).isEqualByComparingTo("109000");
    }

    @Test
    void minimum_takes_the_lower_amount_and_says_which() {
        ResolvedDuty r = DutyExpression.parse("MIN(10%, 900 CNY/TNE)").resolve(base("100000", "50", Unit.TNE));
        assertThat(r.amountOn(bd("100000"))).isEqualByComparingTo("10000");
        assertThat(r.branch()).isEqualTo("10%");
        ResolvedDuty cheap = DutyExpression.parse("MIN(10%, 900 CNY/TNE)").resolve(base("100000", "5", Unit.TNE));
        assertThat(cheap.amountOn(bd("100000"))).isEqualByComparingTo("4500");
        assertThat(cheap.branch()).isEqualTo("900 CNY/TNE");
    }

    @Test
    void maximum_takes_the_higher_amount() {
        assertThat(duty("MAX(5%, 160 CNY/TNE)", base("1000", "10", Unit.TNE))).isEqualByComparingTo("1600");
        assertThat(duty("MAX(5%, 160 CNY/TNE)", base("100000", "10", Unit.TNE))).isEqualByComparingTo("5000");
    }

    @Test
    void value_band_compares_the_unit_value_with_a_foreign_currency_threshold() {
        String e = "IF(UNITVALUE <= 5000 USD/PCE, 130%, 6% + 51500 CNY/PCE)";
        // 5000 USD x 7 = 35000 yuan per piece
        assertThat(duty(e, base("35000", "1", Unit.PCE))).isEqualByComparingTo("45500");
        ResolvedDuty above = DutyExpression.parse(e).resolve(base("70000", "1", Unit.PCE));
        assertThat(above.amountOn(bd("70000"))).isEqualByComparingTo("55700");
        assertThat(above.branch()).isEqualTo("6% + 51500 CNY/PCE");
    }

    @Test
    void value_band_without_the_exchange_rate_fails_with_DUT_012() {
        DutyBase noRates = new DutyBase(bd("1000"), bd("1"), Unit.PCE, c -> null);
        assertThatThrownBy(() -> DutyExpression.parse("IF(UNITVALUE < 1 EUR/PCE, 1%, 2%)").resolve(noRates))
                .isInstanceOfSatisfying(DutyExpressionException.class, e -> assertThat(e.code()).isEqualTo("DUT-012"));
    }

    @Test
    void specific_duty_without_quantity_fails_with_DUT_010() {
        assertThatThrownBy(() -> DutyExpression.parse("0.6 CNY/KGM").resolve(DutyBase.ofValue(bd("10"))))
                .isInstanceOfSatisfying(DutyExpressionException.class, e -> assertThat(e.code()).isEqualTo("DUT-010"));
    }

    @Test
    void specific_duty_in_an_incompatible_unit_fails_with_DUT_011() {
        assertThatThrownBy(() -> DutyExpression.parse("0.6 CNY/KGM").resolve(base("10", "3", Unit.LTR)))
                .isInstanceOfSatisfying(DutyExpressionException.class, e -> assertThat(e.code()).isEqualTo("DUT-011"));
    }

    @Test
    void parse_errors_say_where_and_what_was_expected() {
        assertError("", "DUT-001");
        assertError("14", "DUT-006");
        assertError("14% +", "DUT-002");
        assertError("0.6 CNY/XYZ", "DUT-003");
        assertError("1. CNY/KGM", "DUT-004");
        assertError("14% 3", "DUT-005");
        assertError("5 CNY/0KGM", "DUT-007");
        assertError("MIN(1%; 2%)", "DUT-002");
        assertThatThrownBy(() -> DutyExpression.parse("MIN(1%; 2%)"))
                .hasMessageContaining("position 7").hasMessageContaining("expected ','");
    }

    @Test
    void keywords_and_units_are_case_insensitive_but_text_is_canonical() {
        DutyExpression e = DutyExpression.parse(" min( 10.0 % , 900 cny / tne ) ");
        assertThat(e.text()).isEqualTo("MIN(10%, 900 CNY/TNE)");
        assertThat(DutyExpression.parse(e.text())).isEqualTo(e);
    }

    private static void assertError(String text, String code) {
        assertThatThrownBy(() -> DutyExpression.parse(text))
                .isInstanceOfSatisfying(DutyExpressionException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
