package org.importwindow.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.importwindow.assessment.Violation;
import org.importwindow.exchange.ExchangeRate;
import org.importwindow.server.tariff.TariffCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customs exchange rates of each month. */
@RestController
@RequestMapping(path = "/api/v1/exchange-rates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Exchange rates", description = "The customs rate of each month (third-Wednesday rule)")
public class ExchangeRateController {
    private final TariffCatalogue catalogue;
    private final ApiDates dates;

    public ExchangeRateController(TariffCatalogue catalogue, ApiDates dates) {
        this.catalogue = catalogue;
        this.dates = dates;
    }

    /** The rate as the API shows it; {@code rate} is yuan per {@code per} units, four decimals. */
    public record ExchangeRateJson(String currency, String rate, int per, String month, LocalDate sourceDate,
                                   String source) {
        static ExchangeRateJson of(ExchangeRate r) {
            return r == null ? null : new ExchangeRateJson(r.currency(), JsonValues.rate(r.rate()), r.per(),
                    r.month().toString(), r.sourceDate(), r.source());
        }
    }

    @GetMapping("/{currency}")
    @Operation(summary = "The customs exchange rate that applies to a declaration made on a date",
            description = "Yuan per `per` units of the currency (per is 100 for currencies quoted per hundred, e.g. "
                    + "JPY), fixed on the third Wednesday of the previous month (the fourth when it is a holiday).")
    @ApiResponse(responseCode = "200", description = "The rate")
    @ApiResponse(responseCode = "400", description = "Unknown currency or malformed date (problem+json)")
    @ApiResponse(responseCode = "404", description = "No rate for that month (problem+json)")
    public ExchangeRateJson rate(
            @Parameter(description = "ISO 4217 code", example = "USD") @PathVariable String currency,
            @Parameter(description = "Declaration date YYYY-MM-DD; today in Asia/Shanghai when absent",
                    example = "2025-03-10") @RequestParam(required = false) String date) {
        LocalDate asOf = dates.asOf(date, "date");
        String code = currency.strip().toUpperCase(Locale.ROOT);
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        if (snapshot.reference().currency(code).isEmpty()) {
            throw ApiProblemException.badRequest(List.of(new Violation(RequestRules.UNKNOWN_CURRENCY, "currency",
                    "Unknown currency " + currency)));
        }
        return snapshot.exchangeRates().rateFor(code, asOf).map(ExchangeRateJson::of)
                .orElseThrow(() -> new ApiProblemException(HttpStatus.NOT_FOUND, "No exchange rate", List.of(
                        new Violation(RequestRules.NO_RATE, "date",
                                "No customs rate of " + code + " for " + java.time.YearMonth.from(asOf)))));
    }
}
