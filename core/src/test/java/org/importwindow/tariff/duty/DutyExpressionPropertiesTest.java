package org.importwindow.tariff.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class DutyExpressionPropertiesTest {

    @Property
    void canonical_text_parses_back_to_an_equal_expression(@ForAll("expressions") DutyExpression e) {
        assertThat(DutyExpression.parse(e.text())).isEqualTo(e);
        assertThat(DutyExpression.parse(e.text()).text()).isEqualTo(e.text());
    }

    @Property
    void ad_valorem_duty_is_value_times_rate(@ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal percent,
                                             @ForAll @BigRange(min = "0", max = "100000000") @Scale(2) BigDecimal value) {
        BigDecimal duty = new AdValorem(percent).resolve(DutyBase.ofValue(value)).amountOn(value);
        assertThat(duty).isEqualByComparingTo(value.multiply(percent).movePointLeft(2));
    }

    @Property
    void minimum_is_never_above_maximum(@ForAll("expressions") DutyExpression a, @ForAll("expressions") DutyExpression b,
                                        @ForAll @BigRange(min = "1", max = "10000000") @Scale(2) BigDecimal value,
                                        @ForAll @BigRange(min = "1", max = "100000") @Scale(3) BigDecimal quantity) {
        DutyBase base = new DutyBase(value, quantity, Unit.KGM, c -> new BigDecimal("7.1"));
        BigDecimal min = new Minimum(a, b).resolve(base).amountOn(value);
        BigDecimal max = new Maximum(a, b).resolve(base).amountOn(value);
        assertThat(min).isLessThanOrEqualTo(max);
    }

    @Provide
    Arbitrary<DutyExpression> expressions() {
        return Arbitraries.lazyOf(this::simple, this::simple, this::compound, this::minMax, this::band);
    }

    private Arbitrary<DutyExpression> simple() {
        Arbitrary<BigDecimal> numbers = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000"))
                .ofScale(3);
        Arbitrary<DutyExpression> adValorem = numbers.map(AdValorem::new);
        Arbitrary<DutyExpression> specific = Combinators.combine(numbers,
                Arbitraries.of(BigDecimal.ONE, new BigDecimal("988"), new BigDecimal("500")),
                Arbitraries.of(Unit.KGM, Unit.TNE, Unit.GRM)).as((n, per, u) -> new Specific(n, "CNY", per, u));
        return Arbitraries.oneOf(adValorem, specific);
    }

    private Arbitrary<DutyExpression> compound() {
        return simple().list().ofMinSize(2).ofMaxSize(3).map(Compound::new);
    }

    private Arbitrary<DutyExpression> minMax() {
        return Combinators.combine(expressions(), expressions(), Arbitraries.of(true, false))
                .as((a, b, min) -> min ? new Minimum(a, b) : new Maximum(a, b));
    }

    private Arbitrary<DutyExpression> band() {
        return Combinators.combine(Arbitraries.bigDecimals().between(BigDecimal.ONE, new BigDecimal("9999")).ofScale(1),
                Arbitraries.of("CNY", "USD"), Arbitraries.of(Comparison.values()), simple(), expressions())
                .as((t, cur, cmp, a, b) -> new ValueBand(t, cur, Unit.KGM, cmp, a, b));
    }
}
