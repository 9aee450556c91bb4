package org.importwindow.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class FedMonthlyAverageRatesTest {

    private final LayeredCustomsExchangeRates bundled = LayeredCustomsExchangeRates.bundled();

    @Test
    void a_2026_declaration_in_dollars_uses_the_previous_months_average_and_says_it_is_an_approximation() {
        ExchangeRate usd = bundled.rateFor("USD", LocalDate.of(2026, 3, 16)).orElseThrow();
        // monthly.csv: 2026-02-01,China,6.9064 (yuan per dollar, February average)
        assertThat(usd.rate()).isEqualByComparingTo("6.9064");
        assertThat(usd.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(usd.source()).contains("Approximation").contains("2026-02");
    }

    @Test
    void other_currencies_are_cross_rates_through_the_dollar_and_yen_is_quoted_per_hundred() {
        ExchangeRate eur = bundled.rateFor("EUR", LocalDate.of(2026, 3, 16)).orElseThrow();
        // 2026-02: China 6.9064 yuan per dollar, Euro 0.8457 euro per dollar
        assertThat(eur.rate()).isEqualByComparingTo(new BigDecimal("6.9064")
                .divide(new BigDecimal("0.8457"), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP));
        ExchangeRate jpy = bundled.rateFor("JPY", LocalDate.of(2026, 3, 16)).orElseThrow();
        assertThat(jpy.per()).isEqualTo(100);
        assertThat(jpy.rate()).isEqualByComparingTo(new BigDecimal("6.9064")
                .divide(new BigDecimal("155.1016"), MathContext.DECIMAL64).multiply(BigDecimal.valueOf(100))
                .setScale(4, RoundingMode.HALF_UP));
    }

    @Test
    void months_the_ecb_file_reaches_keep_the_third_wednesday_rate() {
        ExchangeRate usd = bundled.rateFor("USD", LocalDate.of(2025, 3, 3)).orElseThrow();
        assertThat(usd.sourceDate()).isEqualTo(LocalDate.of(2025, 2, 19));
        assertThat(usd.source()).doesNotContain("Approximation");
    }

    @Test
    void beyond_the_last_monthly_average_there_is_no_rate() {
        assertThat(bundled.rateFor("USD", LocalDate.of(2026, 9, 1))).isEmpty();
    }
}
