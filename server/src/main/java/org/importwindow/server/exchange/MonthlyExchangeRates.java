package org.importwindow.server.exchange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.exchange.ExchangeRate;

/**
 * The customs rates as a table of months, as stored in the database: the rate of a declaration's month applies.
 * Immutable.
 */
public final class MonthlyExchangeRates implements CustomsExchangeRates {
    private final Map<String, Map<YearMonth, ExchangeRate>> byCurrency;
    private final int size;

    public MonthlyExchangeRates(Collection<ExchangeRate> rates) {
        Map<String, Map<YearMonth, ExchangeRate>> map = new HashMap<>();
        for (ExchangeRate r : rates) {
            map.computeIfAbsent(r.currency(), k -> new HashMap<>()).put(r.month(), r);
        }
        this.byCurrency = map;
        this.size = rates.size();
    }

    /**
     * Tabulate any {@link CustomsExchangeRates} (e.g. one computed from daily reference rates) for the given
     * currencies over a span of months, so that it can be stored.
     */
    public static List<ExchangeRate> tabulate(CustomsExchangeRates rates, Collection<String> currencies,
                                              YearMonth first, YearMonth last) {
        List<ExchangeRate> table = new ArrayList<>();
        for (String currency : currencies) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                rates.rateFor(currency, m.atDay(1)).ifPresent(table::add);
            }
        }
        return table;
    }

    @Override
    public Optional<ExchangeRate> rateFor(String currency, LocalDate date) {
        Map<YearMonth, ExchangeRate> months = currency == null ? null : byCurrency.get(currency);
        return months == null ? Optional.empty() : Optional.ofNullable(months.get(YearMonth.from(date)));
    }

    public int size() {
        return size;
    }
}
