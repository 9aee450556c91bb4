package org.importwindow.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Customs rates as published by the authority, from a CSV documented in docs/exchange-rates.md:
 * {@code month,currency,rate,per,sourceDate,source} (e.g. {@code 2025-03,USD,7.1696,1,2025-02-19,GACC ...}).
 * The whole file is checked first; if any row is wrong nothing is loaded and every error is reported with its row.
 */
public final class OfficialRateTable implements CustomsExchangeRates {
    static final List<String> COLUMNS = List.of("month", "currency", "rate", "per", "sourceDate", "source");

    private final Map<RateKey, ExchangeRate> rates;

    private OfficialRateTable(Map<RateKey, ExchangeRate> rates) {
        this.rates = Map.copyOf(rates);
    }

    public static OfficialRateTable empty() {
        return new OfficialRateTable(Map.of());
    }

    /** Parses and checks the table; throws {@link ExchangeRateException} (FX-010..FX-017) listing every bad row. */
    public static OfficialRateTable load(Reader reader, String name) {
        List<String> errors = new ArrayList<>();
        Map<RateKey, ExchangeRate> rates = new HashMap<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setCommentMarker('#').get().parse(reader)) {
            Set<String> header = parser.getHeaderMap().keySet();
            for (String c : COLUMNS) {
                if (!header.contains(c)) {
                    errors.add("FX-010: " + name + ": missing column '" + c + "' (expected " + COLUMNS + ")");
                }
            }
            if (errors.isEmpty()) {
                for (CSVRecord r : parser) {
                    row(r, name, errors).ifPresent(rate -> {
                        RateKey key = new RateKey(rate.currency(), rate.month());
                        if (rates.putIfAbsent(key, rate) != null) {
                            errors.add("FX-017: " + name + " row " + r.getRecordNumber() + ": a second rate for "
                                    + rate.currency() + " in " + rate.month());
                        }
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            errors.add("FX-010: " + name + ": malformed CSV: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new ExchangeRateException(errors.get(0).substring(0, 6), errors);
        }
        return new OfficialRateTable(rates);
    }

    private static Optional<ExchangeRate> row(CSVRecord r, String name, List<String> errors) {
        String at = name + " row " + r.getRecordNumber() + ": ";
        int before = errors.size();
        YearMonth month = null;
        LocalDate sourceDate = null;
        BigDecimal rate = null;
        int per = 0;
        String currency = value(r, "currency");
        if (!currency.matches("[A-Z]{3}")) {
            errors.add("FX-011: " + at + "currency '" + currency + "' is not an ISO 4217 code");
        }
        try {
            month = YearMonth.parse(value(r, "month"));
        } catch (DateTimeParseException e) {
            errors.add("FX-012: " + at + "month '" + value(r, "month") + "' is not YYYY-MM");
        }
        try {
            rate = new BigDecimal(value(r, "rate"));
            if (rate.signum() <= 0) {
                errors.add("FX-013: " + at + "rate " + rate + " must be positive");
            }
        } catch (NumberFormatException e) {
            errors.add("FX-013: " + at + "rate '" + value(r, "rate") + "' is not a number");
        }
        try {
            per = Integer.parseInt(value(r, "per"));
            if (per != 1 && per != 100 && per != 1000 && per != 10000) {
                errors.add("FX-014: " + at + "per " + per + " must be 1, 100, 1000 or 10000");
            }
        } catch (NumberFormatException e) {
            errors.add("FX-014: " + at + "per '" + value(r, "per") + "' is not a whole number");
        }
        try {
            sourceDate = LocalDate.parse(value(r, "sourceDate"));
        } catch (DateTimeParseException e) {
            errors.add("FX-015: " + at + "sourceDate '" + value(r, "sourceDate") + "' is not YYYY-MM-DD");
        }
        String source = value(r, "source");
        if (source.isEmpty()) {
            errors.add("FX-016: " + at + "source is required (who published the rate)");
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ExchangeRate(currency, rate, per, month, sourceDate, source));
    }

    private static String value(CSVRecord r, String column) {
        return r.isSet(column) ? r.get(column).strip() : "";
    }

    @Override
    public Optional<ExchangeRate> rateFor(String currency, LocalDate date) {
        if (currency == null || date == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(rates.get(new RateKey(currency, YearMonth.from(date))));
    }

    public Collection<ExchangeRate> all() {
        return rates.values();
    }

    public int size() {
        return rates.size();
    }
}
