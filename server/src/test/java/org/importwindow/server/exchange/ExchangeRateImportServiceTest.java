package org.importwindow.server.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.importwindow.exchange.ExchangeRate;
import org.importwindow.server.tariff.TariffCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** An official customs rate table replaces the bundled rate of its months, all or nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:fx-import-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ExchangeRateImportServiceTest {
    static final String HEADER = "month,currency,rate,per,sourceDate,source\n";

    @Autowired
    ExchangeRateImportService service;

    @Autowired
    TariffCatalogue catalogue;

    @TempDir
    Path dir;

    @Test
    void the_official_march_dollar_rate_replaces_the_approximation_and_is_used_at_once() throws Exception {
        assertThat(rate("USD").source()).startsWith("Approximation");
        Path file = Files.writeString(dir.resolve("gacc-2026-03.csv"), HEADER
                + "2026-03,USD,7.1234,1,2026-02-18,GACC customs rates for March 2026 (test)\n"
                + "2026-03,JPY,4.6543,100,2026-02-18,GACC customs rates for March 2026 (test)\n");

        ExchangeRateImportService.Outcome outcome = service.importFile(file);

        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.stored()).isEqualTo(2);
        assertThat(rate("USD").rate()).isEqualByComparingTo("7.1234");
        assertThat(rate("USD").source()).contains("GACC");
        assertThat(rate("JPY").per()).isEqualTo(100);
        assertThat(rate("EUR").source()).as("months and currencies not in the table keep their rate")
                .startsWith("Approximation");
    }

    @Test
    void a_table_with_a_bad_row_stores_nothing_and_names_the_row() throws Exception {
        ExchangeRate before = rate("GBP");
        Path file = Files.writeString(dir.resolve("bad.csv"), HEADER
                + "2026-03,GBP,9.0000,1,2026-02-18,ok\n"
                + "2026-03,USD,-7,1,2026-02-18,negative\n");

        ExchangeRateImportService.Outcome outcome = service.importFile(file);

        assertThat(outcome.succeeded()).isFalse();
        assertThat(String.join("\n", outcome.errors())).contains("row 2");
        assertThat(rate("GBP")).isEqualTo(before);
    }

    private ExchangeRate rate(String currency) {
        return catalogue.exchangeRates().rateFor(currency, LocalDate.of(2026, 3, 16)).orElseThrow();
    }
}
