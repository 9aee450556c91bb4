package org.importwindow.exchange;

import java.time.LocalDate;
import java.util.Optional;

/** The customs rates of each month: the one that applies to a declaration made on a date. */
public interface CustomsExchangeRates {

    /** The customs rate of {@code currency} for the month of {@code date}; empty when there is none. */
    Optional<ExchangeRate> rateFor(String currency, LocalDate date);
}
