package org.importwindow.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

import org.importwindow.reference.load.BundledResources;

/**
 * Monthly customs rates derived from the ECB's daily euro reference rates (data/eurofxref-hist.csv), as a stand-in
 * for the PBoC central parity the law names: yuan per unit of X = (CNY per EUR) ÷ (X per EUR) on the month's fixing
 * day ({@link ThirdWednesdayRule}), rounded to four decimals half-up; the euro itself is CNY per EUR.
 *
 * <p>When the ECB has no quote on the fixing day (a TARGET holiday, or a currency not quoted that day) the closest
 * earlier ECB day with both quotes is used, at most {@link #MAX_LOOKBACK_DAYS} days back, and {@code source} says
 * so. Everything is computed once at construction into a map keyed by currency and month.
 */
public final class EcbCustomsRates implements CustomsExchangeRates {
    public static final String FILE = "eurofxref-hist.csv";
    /** A quote older than this is not that month's rate: discontinued currencies (e.g. CYP after 2007) drop out. */
    static final int MAX_LOOKBACK_DAYS = 7;
    private static final String NO_QUOTE = "N/A";

    private final Map<RateKey, ExchangeRate> rates;
    private final YearMonth firstMonth;
    private final YearMonth lastMonth;

    private EcbCustomsRates(Map<RateKey, ExchangeRate> rates) {
        this.rates = Map.copyOf(rates);
        this.firstMonth = rates.keySet().stream().map(RateKey::month).min(YearMonth::compareTo).orElse(null);
        this.lastMonth = rates.keySet().stream().map(RateKey::month).max(YearMonth::compareTo).orElse(null);
    }

    public static EcbCustomsRates bundled() {
        return from(BundledResources.open(FILE), new ThirdWednesdayRule(ChinaHolidayCalendar.bundled()),
                QuotationUnits.bundled());
    }

    /**
     * @param perUnits quotation units by currency (absent = 1)
     */
    public static EcbCustomsRates from(Reader ecbCsv, ThirdWednesdayRule rule, Map<String, Integer> perUnits) {
        NavigableMap<LocalDate, Map<String, BigDecimal>> days = parse(ecbCsv);
        Map<RateKey, ExchangeRate> rates = new HashMap<>();
        if (days.isEmpty()) {
            return new EcbCustomsRates(rates);
        }
        LocalDate firstDay = days.firstKey();
        LocalDate lastDay = days.lastKey();
        for (YearMonth month = YearMonth.from(firstDay).plusMonths(1); ; month = month.plusMonths(1)) {
            LocalDate fixing = rule.fixingDate(month);
            if (fixing.isAfter(lastDay)) {
                break; // the ECB file ends before this month's fixing day: no rate, not a stale one
            }
            if (fixing.isBefore(firstDay)) {
                continue;
            }
            for (String currency : currencies(days, fixing)) {
                quote(days, fixing, currency).ifPresent(q -> {
                    int per = perUnits.getOrDefault(q.currency, 1);
                    rates.put(new RateKey(q.currency, YearMonth.from(fixing).plusMonths(1)), q.toRate(per, fixing));
                });
            }
        }
        return new EcbCustomsRates(rates);
    }

    @Override
    public Optional<ExchangeRate> rateFor(String currency, LocalDate date) {
        if (currency == null || date == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(rates.get(new RateKey(currency, YearMonth.from(date))));
    }

    /** The first and last months with rates, or null when there are none. */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    public YearMonth lastMonth() {
        return lastMonth;
    }

    public Collection<ExchangeRate> all() {
        return rates.values();
    }

    private static List<String> currencies(NavigableMap<LocalDate, Map<String, BigDecimal>> days, LocalDate fixing) {
        // every currency the file quotes within the look-back window, plus the euro
        java.util.Set<String> names = new java.util.TreeSet<>();
        days.subMap(fixing.minusDays(MAX_LOOKBACK_DAYS), true, fixing, true).values()
                .forEach(m -> names.addAll(m.keySet()));
        names.remove("CNY");
        names.add("EUR");
        return List.copyOf(names);
    }

    private static Optional<Quote> quote(NavigableMap<LocalDate, Map<String, BigDecimal>> days, LocalDate fixing,
                                         String currency) {
        for (Map.Entry<LocalDate, Map<String, BigDecimal>> e = days.floorEntry(fixing);
             e != null && !e.getKey().isBefore(fixing.minusDays(MAX_LOOKBACK_DAYS));
             e = days.lowerEntry(e.getKey())) {
            BigDecimal cny = e.getValue().get("CNY");
            BigDecimal x = "EUR".equals(currency) ? BigDecimal.ONE : e.getValue().get(currency);
            if (cny != null && x != null && x.signum() > 0) {
                return Optional.of(new Quote(currency, e.getKey(), cny, x));
            }
        }
        return Optional.empty();
    }

    private record Quote(String currency, LocalDate ecbDay, BigDecimal cnyPerEur, BigDecimal xPerEur) {
        ExchangeRate toRate(int per, LocalDate fixing) {
            BigDecimal rate = cnyPerEur.multiply(BigDecimal.valueOf(per)).divide(xPerEur, 4, RoundingMode.HALF_UP);
            String day = ecbDay.equals(fixing) ? ecbDay.toString()
                    : ecbDay + " (no ECB quote on the fixing day " + fixing + "; closest earlier ECB business day)";
            String cross = "EUR".equals(currency) ? "CNY rate" : "CNY cross rate";
            String source = "ECB euro reference rates " + day + ", " + cross
                    + " (Source: European Central Bank); third-Wednesday rule";
            return new ExchangeRate(currency, rate, per, YearMonth.from(fixing).plusMonths(1), fixing, source);
        }
    }

    /** Date,USD,JPY,...: units per EUR, newest first, "N/A" for no quote, a trailing empty column. */
    static NavigableMap<LocalDate, Map<String, BigDecimal>> parse(Reader reader) {
        NavigableMap<LocalDate, Map<String, BigDecimal>> days = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String header = r.readLine();
            if (header == null) {
                return days;
            }
            String[] columns = header.replace("\uFEFF", "").split(",", -1);
            String line;
            int row = 1;
            while ((line = r.readLine()) != null) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Map<String, BigDecimal> quotes = new HashMap<>();
                for (int i = 1; i < cells.length && i < columns.length; i++) {
                    String v = cells[i].strip();
                    if (!columns[i].isBlank() && !v.isEmpty() && !NO_QUOTE.equals(v)) {
                        try {
                            quotes.put(columns[i].strip(), new BigDecimal(v));
                        } catch (NumberFormatException e) {
                            throw new ExchangeRateException("FX-002", FILE + " row " + row + ": " + columns[i]
                                    + " value '" + v + "' is not a number");
                        }
                    }
                }
                days.put(LocalDate.parse(cells[0].strip()), quotes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }
}
