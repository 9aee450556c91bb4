package org.importwindow.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.importwindow.law.LegalParameters;

/**
 * The limits of a scheme in force on a date, in yuan.
 *
 * @param single the most one transaction may be, or null when the scheme has no such limit
 * @param period the most all accepted transactions of one person in one period may add up to
 */
public record Limits(AllowanceScheme scheme, LocalDate date, BigDecimal single, BigDecimal period) {

    public Limits {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(period, "period");
    }

    /**
     * The limits of {@code scheme} in force on {@code date}; throws {@link java.util.NoSuchElementException} when
     * the law sets none that day (e.g. a cross-border e-commerce transaction before 2016-04-08).
     */
    public static Limits of(AllowanceScheme scheme, LegalParameters parameters, LocalDate date) {
        BigDecimal single = scheme.singleLimitParameter().map(id -> parameters.value(id, date)).orElse(null);
        return new Limits(scheme, date, single, parameters.value(scheme.periodLimitParameter(), date));
    }

    /** What is left of the period limit after {@code usage}; never negative. */
    public BigDecimal remaining(BigDecimal usage) {
        BigDecimal left = period.subtract(usage);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(Math.max(2, left.scale())) : left;
    }
}
