package org.importwindow.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.importwindow.law.LegalParameters;

/**
 * A person's allowance as a page shows it: the period containing a date, its limits, what is used and what remains.
 */
public record AllowanceStatus(AllowanceScheme scheme, Period period, Limits limits, BigDecimal usage,
                              BigDecimal remaining) {

    /** The status of {@code personId} in the period of {@code date}, with the limits in force that day. */
    public static AllowanceStatus of(Ledger ledger, LegalParameters parameters, AllowanceScheme scheme,
                                     String personId, LocalDate date) {
        Limits limits = Limits.of(scheme, parameters, date);
        Period period = scheme.periodOf(date);
        BigDecimal usage = ledger.usage(scheme, personId, period);
        return new AllowanceStatus(scheme, period, limits, usage, limits.remaining(usage));
    }
}
