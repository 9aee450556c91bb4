package org.importwindow.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatedParametersTest {
    private final DatedParameters law = DatedParameters.loadBundled();

    @Test
    void the_fifty_yuan_waiver_is_in_force_under_the_tariff_law() {
        assertThat(law.value("tax.waiver.threshold", LocalDate.of(2026, 3, 16))).isEqualByComparingTo("50");
        assertThat(law.valueOn("tax.waiver.threshold", LocalDate.of(2026, 3, 16)).orElseThrow().legalAct())
                .isEqualTo("关税法");
        assertThat(law.valueOn("tax.waiver.threshold", LocalDate.of(2024, 11, 30)).orElseThrow().legalAct())
                .isEqualTo("进出口关税条例");
    }

    @Test
    void vat_standard_rate_fell_from_16_to_13_percent_on_1_april_2019() {
        assertThat(law.value("vat.standard.rate", LocalDate.of(2019, 3, 31))).isEqualByComparingTo("0.16");
        assertThat(law.value("vat.standard.rate", LocalDate.of(2019, 4, 1))).isEqualByComparingTo("0.13");
        assertThat(law.value("vat.standard.rate", LocalDate.of(2018, 4, 30))).isEqualByComparingTo("0.17");
        assertThat(law.valueOn("vat.standard.rate", LocalDate.of(2019, 4, 1)).orElseThrow().citation())
                .contains("2019年第39号");
    }

    @Test
    void vat_reduced_rate_fell_from_10_to_9_percent_on_1_april_2019() {
        assertThat(law.value("vat.reduced.rate", LocalDate.of(2019, 3, 31))).isEqualByComparingTo("0.10");
        assertThat(law.value("vat.reduced.rate", LocalDate.of(2019, 4, 1))).isEqualByComparingTo("0.09");
        assertThat(law.value("vat.reduced.rate", LocalDate.of(2018, 1, 1))).isEqualByComparingTo("0.11");
    }

    @Test
    void cross_border_e_commerce_limits_rose_on_1_january_2019() {
        assertThat(law.value("cbec.single.limit", LocalDate.of(2018, 12, 31))).isEqualByComparingTo("2000");
        assertThat(law.value("cbec.single.limit", LocalDate.of(2019, 1, 1))).isEqualByComparingTo("5000");
        assertThat(law.value("cbec.annual.limit", LocalDate.of(2019, 1, 1))).isEqualByComparingTo("26000");
        assertThat(law.value("cbec.tax.fraction", LocalDate.of(2019, 1, 1))).isEqualByComparingTo("0.7");
        assertThat(law.value("valuation.insurance.rate", LocalDate.of(2026, 1, 1))).isEqualByComparingTo("0.003");
    }

    @Test
    void a_date_before_any_value_has_no_value() {
        assertThat(law.valueOn("cbec.single.limit", LocalDate.of(2016, 4, 7))).isEmpty();
        assertThatThrownBy(() -> law.value("cbec.single.limit", LocalDate.of(2016, 4, 7)))
                .hasMessageContaining("cbec.single.limit");
        assertThat(law.valueOn("no.such.parameter", LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void overlapping_periods_are_rejected() {
        String yaml = """
                x:
                  values:
                    - {from: 2020-01-01, value: "1"}
                    - {from: 2021-01-01, value: "2"}
                """;
        assertThatThrownBy(() -> DatedParameters.load(new StringReader(yaml))).hasMessageContaining("overlap");
    }
}
