package org.importwindow.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The customs exchange rate of a currency for a calendar month: yuan per {@code per} units of the currency.
 *
 * @param rate       yuan per {@code per} units, four decimals
 * @param per        1, or 100 for currencies quoted per hundred (e.g. JPY)
 * @param month      the month whose declarations use this rate
 * @param sourceDate the day the rate was fixed (the third Wednesday of the previous month, or the fourth)
 * @param source     where the rate comes from
 */
public record ExchangeRate(String currency, BigDecimal rate, int per, YearMonth month, LocalDate sourceDate,
                           String source) {

    /** Yuan for one unit of the currency, unrounded. */
    public BigDecimal yuanPerUnit() {
        return per == 1 ? rate : rate.divide(BigDecimal.valueOf(per), java.math.MathContext.DECIMAL64);
    }

    /** Convert an amount of the currency into yuan, unrounded. */
    public BigDecimal toYuan(BigDecimal amount) {
        return per == 1 ? amount.multiply(rate)
                : amount.multiply(rate).divide(BigDecimal.valueOf(per), java.math.MathContext.DECIMAL64);
    }
}
