package org.importwindow.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The customs rates the assessment uses: official tables first (the most recently added wins), then the rates
 * derived from the ECB reference rates. The yuan itself always converts at 1.
 */
public final class LayeredCustomsExchangeRates implements CustomsExchangeRates {
    public static final String CNY = "CNY";

    private final List<OfficialRateTable> official;
    private final CustomsExchangeRates derived;

    public LayeredCustomsExchangeRates(List<OfficialRateTable> official, CustomsExchangeRates derived) {
        this.official = List.copyOf(official);
        this.derived = derived;
    }

    /**
     * The bundled rates, with no official table yet: derived from the ECB daily reference rates by the
     * third-Wednesday rule where the ECB file reaches, and approximated from the Federal Reserve's monthly averages
     * for the months after it (each rate's {@code source} says which).
     */
    public static LayeredCustomsExchangeRates bundled() {
        EcbCustomsRates ecb = EcbCustomsRates.bundled();
        FedMonthlyAverageRates fed = FedMonthlyAverageRates.bundled(ecb.lastMonth());
        return new LayeredCustomsExchangeRates(List.of(), (currency, date) -> {
            Optional<ExchangeRate> rate = ecb.rateFor(currency, date);
            return rate.isPresent() ? rate : fed.rateFor(currency, date);
        });
    }

    /** Every bundled rate: the ECB-derived months, then the approximated months after them. */
    public static List<ExchangeRate> bundledRates() {
        EcbCustomsRates ecb = EcbCustomsRates.bundled();
        List<ExchangeRate> all = new ArrayList<>(ecb.all());
        all.addAll(FedMonthlyAverageRates.bundled(ecb.lastMonth()).all());
        return all;
    }

    /** A copy in which {@code table}'s rates override everything loaded so far. */
    public LayeredCustomsExchangeRates withOfficial(OfficialRateTable table) {
        List<OfficialRateTable> tables = new ArrayList<>();
        tables.add(table);
        tables.addAll(official);
        return new LayeredCustomsExchangeRates(tables, derived);
    }

    @Override
    public Optional<ExchangeRate> rateFor(String currency, LocalDate date) {
        if (currency == null || date == null) {
            return Optional.empty();
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (CNY.equals(code)) {
            YearMonth month = YearMonth.from(date);
            return Optional.of(new ExchangeRate(CNY, BigDecimal.ONE.setScale(4), 1, month, month.atDay(1),
                    "Renminbi: no conversion"));
        }
        for (OfficialRateTable t : official) {
            Optional<ExchangeRate> rate = t.rateFor(code, date);
            if (rate.isPresent()) {
                return rate;
            }
        }
        return derived.rateFor(code, date);
    }
}
