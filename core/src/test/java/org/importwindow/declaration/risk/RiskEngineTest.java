package org.importwindow.declaration.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.importwindow.enterprise.CreditLevel;
import org.importwindow.enterprise.Enterprise;
import org.importwindow.law.DatedParameters;
import org.junit.jupiter.api.Test;

class RiskEngineTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    private static final DatedParameters PARAMETERS = DatedParameters.loadBundled();
    private final RiskEngine engine = new RiskEngine(RiskRules.loadBundled(), PARAMETERS);

    private static Enterprise importer(CreditLevel level) {
        return new Enterprise("91350100M000100Y43", "3501960001", "示例", "Example", level, "CN", Set.of("IMPORTER"));
    }

    private static RiskItem wine(String valueCny) {
        return new RiskItem(0, "22042100", "AU", new BigDecimal(valueCny), new BigDecimal("900"), "LTR", "AUTO", true);
    }

    private static RiskInput input(String reference, CreditLevel level, int previous, RiskItem... items) {
        return new RiskInput(reference, DAY, importer(level), previous, List.of(items));
    }

    @Test
    void the_same_declaration_and_seed_always_draw_the_same_channel() {
        RiskInput in = input("A-2026-0001", CreditLevel.ORDINARY, 3, wine("100000"));
        RiskResult first = engine.assess(in, 42);
        for (int i = 0; i < 5; i++) {
            assertThat(engine.assess(in, 42)).isEqualTo(first);
        }
        long differentDraws = java.util.stream.LongStream.range(0, 20)
                .mapToDouble(seed -> engine.assess(in, seed).sampling().draw()).distinct().count();
        assertThat(differentDraws).isEqualTo(20);
    }

    @Test
    void sampling_rates_follow_the_credit_level_over_many_draws() {
        for (CreditLevel level : CreditLevel.values()) {
            double rate = PARAMETERS.value(RiskEngine.SAMPLING_RATE + level.parameterKey(), DAY).doubleValue();
            int n = 40_000;
            int selected = 0;
            for (int i = 0; i < n; i++) {
                if (engine.assess(input("R-" + i, level, 3, wine("100000")), 2026).sampling().selected()) {
                    selected++;
                }
            }
            double tolerance = 4 * Math.sqrt(rate * (1 - rate) / n) + 0.001;
            assertThat(selected / (double) n).as(level.name()).isCloseTo(rate, within(tolerance));
        }
    }

    @Test
    void the_law_s_relations_between_credit_levels_hold_in_the_parameters() {
        BigDecimal ordinary = PARAMETERS.value("risk.sampling.rate.ordinary", DAY);
        assertThat(PARAMETERS.value("risk.sampling.rate.aeo", DAY))
                .isLessThan(ordinary.multiply(new BigDecimal("0.2")));
        assertThat(PARAMETERS.value("risk.sampling.rate.dishonest", DAY)).isGreaterThanOrEqualTo(
                new BigDecimal("0.80"));
    }

    @Test
    void wine_declared_far_below_its_reference_value_fires_the_low_value_rule() {
        RiskResult r = engine.assess(input("R-low", CreditLevel.ORDINARY, 3, wine("5000")), 1);
        assertThat(r.codes()).contains("RSK-001");
        assertThat(r.fired().get(0).itemIndex()).isZero();
        assertThat(engine.assess(input("R-ok", CreditLevel.ORDINARY, 3, wine("100000")), 1).codes())
                .doesNotContain("RSK-001");
    }

    @Test
    void a_first_time_dishonest_importer_claiming_a_preference_without_proof_goes_red() {
        RiskItem claim = new RiskItem(0, "22042100", "AU", new BigDecimal("100000"), new BigDecimal("900"), "LTR",
                "AU", false);
        RiskResult r = engine.assess(input("R-x", CreditLevel.DISHONEST, 0, claim), 1);
        assertThat(r.codes()).contains("RSK-002", "RSK-004", "RSK-005");
        assertThat(r.totalWeight()).isGreaterThanOrEqualTo(60);
        assertThat(r.channel()).isEqualTo(Channel.RED);
    }

    @Test
    void goods_on_the_watch_list_go_to_the_document_check_at_least() {
        RiskItem shrimp = new RiskItem(0, "03061730", "VN", new BigDecimal("100000"), new BigDecimal("1000"), "KGM",
                "AUTO", false);
        RiskResult r = engine.assess(input("R-w", CreditLevel.ADVANCED_CERTIFIED, 10, shrimp), 1);
        assertThat(r.codes()).contains("RSK-003");
        assertThat(r.channel()).isIn(Channel.YELLOW, Channel.RED);
    }

    @Test
    void encouraged_complete_equipment_is_checked_more_lightly() {
        RiskItem machine = new RiskItem(0, "84602390", "DE", new BigDecimal("2000000"), BigDecimal.ONE, "PCE",
                "AUTO", false);
        RiskInput in = input("R-m", CreditLevel.ORDINARY, 10, machine);
        RiskResult r = engine.assess(in, 1);
        assertThat(r.codes()).contains("RSK-006");
        assertThat(r.totalWeight()).isNegative();
        assertThat(engine.samplingRate(CreditLevel.ORDINARY, in)).isLessThan(
                PARAMETERS.value("risk.sampling.rate.ordinary", DAY));
    }

    @Test
    void a_sampled_declaration_goes_red_and_says_so() {
        RiskResult sampled = null;
        for (int i = 0; sampled == null; i++) {
            RiskResult r = engine.assess(input("R-s" + i, CreditLevel.ORDINARY, 10, wine("100000")), 9);
            if (r.sampling().selected()) {
                sampled = r;
            }
        }
        assertThat(sampled.channel()).isEqualTo(Channel.RED);
        assertThat(sampled.codes()).contains("RSK-007");
    }
}
