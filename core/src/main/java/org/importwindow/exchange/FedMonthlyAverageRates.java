package org.importwindow.exchange;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.reference.load.BundledResources;

/**
 * Approximate customs rates for the months the bundled daily reference rates do not reach: the yuan cross rate of
 * the US Federal Reserve's H.10 monthly averages (data/monthly.csv, via FRED) of the month before. The customs rate
 * proper is the central parity of one day (the third Wednesday of the previous month); a monthly average of the same
 * month is the closest figure the shipped data has, and every rate says so in its {@code source}. An official rate
 * table, when loaded, overrides these.
 *
 * <p>The file gives every currency in units per US dollar (China: yuan per dollar), so yuan per unit of X =
 * (yuan per dollar) / (X per dollar).
 */
public final class FedMonthlyAverageRates implements CustomsExchangeRates {
    public static final String FILE = "monthly.csv";

    /** The file's country names for the currencies it quotes; euro-area national series before 1999 are left out. */
    private static final Map<String, String> CURRENCY_OF = Map.ofEntries(
            Map.entry("Australia", "AUD"), Map.entry("Brazil", "BRL"), Map.entry("Canada", "CAD"),
            Map.entry("Denmark", "DKK"), Map.entry("Euro", "EUR"), Map.entry("Hong Kong", "HKD"),
            Map.entry("India", "INR"), Map.entry("Japan", "JPY"), Map.entry("Malaysia", "MYR"),
            Map.entry("Mexico", "MXN"), Map.entry("New Zealand", "NZD"), Map.entry("Norway", "NOK"),
            Map.entry("Singapore", "SGD"), Map.entry("South Africa", "ZAR"), Map.entry("South Korea", "KRW"),
            Map.entry("Sri Lanka", "LKR"), Map.entry("Sweden", "SEK"), Map.entry("Switzerland", "CHF"),
            Map.entry("Taiwan", "TWD"), Map.entry("Thailand", "THB"), Map.entry("United Kingdom", "GBP"));

    private final Map<RateKey, ExchangeRate> rates;

    private FedMonthlyAverageRates(Map<RateKey, ExchangeRate> rates) {
        this.rates = Map.copyOf(rates);
    }

    /** The bundled file, for the months after {@code after} only (null: every month). */
    public static FedMonthlyAverageRates bundled(YearMonth after) {
        return from(BundledResources.open(FILE), QuotationUnits.bundled(), after);
    }

    public static FedMonthlyAverageRates from(Reader csv, Map<String, Integer> perUnits, YearMonth after) {
        // month -> currency -> units per USD; China's row gives yuan per USD
        TreeMap<YearMonth, Map<String, BigDecimal>> perDollar = new TreeMap<>();
        try (Reader in = csv) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String country = r.get("Country");
                String code = "China".equals(country) ? "CNY" : CURRENCY_OF.get(country);
                String value = r.get("Exchange rate").strip();
                if (code == null || value.isEmpty()) {
                    continue;
                }
                YearMonth month = YearMonth.from(LocalDate.parse(r.get("Date")));
                perDollar.computeIfAbsent(month, m -> new HashMap<>()).put(code, new BigDecimal(value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<RateKey, ExchangeRate> rates = new HashMap<>();
        perDollar.forEach((dataMonth, quotes) -> {
            BigDecimal yuanPerDollar = quotes.get("CNY");
            YearMonth customsMonth = dataMonth.plusMonths(1);
            if (yuanPerDollar == null || (after != null && !customsMonth.isAfter(after))) {
                return;
            }
            String source = "Approximation: US Federal Reserve H.10 monthly average of " + dataMonth
                    + " (via FRED), yuan cross rate; no daily reference rate of the fixing day is bundled."
                    + " Load the official customs rate table to replace it.";
            add(rates, "USD", yuanPerDollar, customsMonth, dataMonth, perUnits, source);
            quotes.forEach((code, unitsPerDollar) -> {
                if (!"CNY".equals(code) && unitsPerDollar.signum() > 0) {
                    add(rates, code, yuanPerDollar.divide(unitsPerDollar, MathContext.DECIMAL64), customsMonth,
                            dataMonth, perUnits, source);
                }
            });
        });
        return new FedMonthlyAverageRates(rates);
    }

    private static void add(Map<RateKey, ExchangeRate> rates, String code, BigDecimal yuanPerUnit, YearMonth month,
                            YearMonth dataMonth, Map<String, Integer> perUnits, String source) {
        int per = perUnits.getOrDefault(code, 1);
        BigDecimal rate = yuanPerUnit.multiply(BigDecimal.valueOf(per)).setScale(4, RoundingMode.HALF_UP);
        rates.put(new RateKey(code, month), new ExchangeRate(code, rate, per, month, dataMonth.atEndOfMonth(),
                source));
    }

    @Override
    public Optional<ExchangeRate> rateFor(String currency, LocalDate date) {
        return Optional.ofNullable(rates.get(new RateKey(currency, YearMonth.from(date))));
    }

    public Collection<ExchangeRate> all() {
        return List.copyOf(new ArrayList<>(rates.values()));
    }
}
