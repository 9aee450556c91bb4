package org.importwindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CustomsExchangeRatesTest {
    static LayeredCustomsExchangeRates rates;

    @BeforeAll
    static void load() {
        rates = LayeredCustomsExchangeRates.bundled();
    }

    @Test
    void usd_customs_rate_for_march_2025_is_the_ecb_cross_rate_of_19_february() {
        // eurofxref-hist.csv, 2025-02-19: USD 1.0434 per EUR, CNY 7.6017 per EUR
        BigDecimal expected = new BigDecimal("7.6017").divide(new BigDecimal("1.0434"), 4, RoundingMode.HALF_UP);
        ExchangeRate usd = rates.rateFor("USD", LocalDate.of(2025, 3, 16)).orElseThrow();
        assertThat(usd.rate()).isEqualByComparingTo(expected).isEqualByComparingTo("7.2855");
        assertThat(usd.rate().scale()).isEqualTo(4);
        assertThat(usd.per()).isEqualTo(1);
        assertThat(usd.month()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(usd.sourceDate()).isEqualTo(LocalDate.of(2025, 2, 19));
        assertThat(usd.source()).contains("ECB euro reference rates 2025-02-19", "European Central Bank",
                "third-Wednesday rule");
        // the same rate on every day of the month
        assertThat(rates.rateFor("USD", LocalDate.of(2025, 3, 1))).contains(usd);
        assertThat(rates.rateFor("USD", LocalDate.of(2025, 3, 31))).contains(usd);
    }

    @Test
    void yen_are_quoted_per_100() {
        // 2025-02-19: JPY 158.41 per EUR -> 100 yen = 7.6017 * 100 / 158.41 yuan
        ExchangeRate jpy = rates.rateFor("JPY", LocalDate.of(2025, 3, 16)).orElseThrow();
        assertThat(jpy.per()).isEqualTo(100);
        assertThat(jpy.rate()).isEqualByComparingTo("4.7988");
        assertThat(jpy.toYuan(new BigDecimal("10000"))).isEqualByComparingTo("479.88");
    }

    @Test
    void euro_rate_is_the_cny_reference_rate_itself() {
        assertThat(rates.rateFor("EUR", LocalDate.of(2025, 3, 5)).orElseThrow().rate())
                .isEqualByComparingTo("7.6017");
    }

    @Test
    void holiday_shifted_month_uses_the_fourth_wednesday_quote() {
        // March 2021: 2021-02-17 was Spring Festival, so 2021-02-24 (USD 1.2146, CNY 7.8362)
        ExchangeRate usd = rates.rateFor("USD", LocalDate.of(2021, 3, 10)).orElseThrow();
        assertThat(usd.sourceDate()).isEqualTo(LocalDate.of(2021, 2, 24));
        assertThat(usd.rate()).isEqualByComparingTo("6.4517");
    }

    @Test
    void after_the_ecb_data_which_ends_2025_05_09_rates_are_approximated_from_monthly_averages() {
        assertThat(rates.rateFor("USD", LocalDate.of(2025, 5, 31))).get()
                .extracting(ExchangeRate::source).asString().doesNotContain("Approximation");
        assertThat(rates.rateFor("USD", LocalDate.of(2025, 6, 1))).get()
                .extracting(ExchangeRate::source).asString().contains("Approximation");
        assertThat(rates.rateFor("USD", LocalDate.of(2026, 3, 16))).isPresent();
        assertThat(rates.rateFor("XXX", LocalDate.of(2025, 3, 16))).isEmpty();
        assertThat(rates.rateFor("CYP", LocalDate.of(2025, 3, 16))).as("discontinued in 2008").isEmpty();
    }

    @Test
    void yuan_always_converts_at_one() {
        assertThat(rates.rateFor("CNY", LocalDate.of(2026, 3, 16)).orElseThrow().rate()).isEqualByComparingTo("1");
    }

    @Test
    void an_official_table_overrides_the_ecb_derived_rate_for_its_months_only() {
        OfficialRateTable table = OfficialRateTable.load(new StringReader("""
                month,currency,rate,per,sourceDate,source
                2025-03,USD,7.1696,1,2025-02-19,GACC customs exchange rates March 2025 (test)
                2026-03,USD,7.0000,1,2026-02-25,GACC customs exchange rates March 2026 (test)
                """), "official.csv");
        CustomsExchangeRates layered = rates.withOfficial(table);
        ExchangeRate march = layered.rateFor("USD", LocalDate.of(2025, 3, 16)).orElseThrow();
        assertThat(march.rate()).isEqualByComparingTo("7.1696");
        assertThat(march.source()).startsWith("GACC");
        assertThat(layered.rateFor("USD", LocalDate.of(2026, 3, 16)).orElseThrow().rate())
                .isEqualByComparingTo("7.0000");
        assertThat(layered.rateFor("USD", LocalDate.of(2025, 4, 16)).orElseThrow().source()).startsWith("ECB");
        assertThat(rates.rateFor("USD", LocalDate.of(2025, 3, 16)).orElseThrow().rate())
                .as("the bundled rates are unchanged").isEqualByComparingTo("7.2855");
    }

    @Test
    void a_bad_official_table_loads_nothing_and_reports_every_row() {
        assertThatThrownBy(() -> OfficialRateTable.load(new StringReader("""
                month,currency,rate,per,sourceDate,source
                2025-3,USD,7.1696,1,2025-02-19,GACC
                2025-03,usd,-1,1,2025-02-19,GACC
                2025-04,JPY,4.8,7,2025-03-19,
                """), "official.csv"))
                .isInstanceOf(ExchangeRateException.class)
                .satisfies(e -> assertThat(((ExchangeRateException) e).errors())
                        .anySatisfy(m -> assertThat(m).startsWith("FX-012: official.csv row 1"))
                        .anySatisfy(m -> assertThat(m).startsWith("FX-011: official.csv row 2"))
                        .anySatisfy(m -> assertThat(m).startsWith("FX-013: official.csv row 2"))
                        .anySatisfy(m -> assertThat(m).startsWith("FX-014: official.csv row 3"))
                        .anySatisfy(m -> assertThat(m).startsWith("FX-016: official.csv row 3")));
    }

    @Test
    void without_an_ecb_quote_on_the_fixing_day_the_closest_earlier_ecb_day_is_used_and_named() {
        // a TARGET closing day on the third Wednesday (synthetic file): 2025-01-15 missing, 2025-01-14 present
        String ecb = """
                Date,USD,JPY,CNY,
                2025-01-16,1.03,160.0,7.55,
                2025-01-14,1.02,161.0,7.50,
                2025-01-13,1.01,162.0,7.45,
                """;
        EcbCustomsRates derived = EcbCustomsRates.from(new StringReader(ecb),
                new ThirdWednesdayRule(ChinaHolidayCalendar.bundled()), Map.of("JPY", 100));
        ExchangeRate usd = derived.rateFor("USD", LocalDate.of(2025, 2, 10)).orElseThrow();
        assertThat(usd.rate()).isEqualByComparingTo(
                new BigDecimal("7.50").divide(new BigDecimal("1.02"), 4, RoundingMode.HALF_UP));
        assertThat(usd.sourceDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(usd.source()).contains("2025-01-14", "closest earlier ECB business day");
    }
}
