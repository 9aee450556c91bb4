package org.importwindow.tariff.duty;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ad valorem duty: a percentage of the customs value, e.g. {@code 14%}.
 *
 * <p>A final class rather than a record so that its fraction, text and resolution are computed once: most of the
 * 250,000 measures of a national schedule are ad valorem, share a few dozen parsed instances, and are resolved
 * millions of times.
 */
public final class AdValorem implements DutyExpression {
    private final BigDecimal percent;
    private final String text;
    private final ResolvedDuty resolved;

    /** @param percent the rate in percent (14 for 14%) */
    public AdValorem(BigDecimal percent) {
        BigDecimal p = Numbers.canonical(percent);
        if (p.signum() < 0) {
            throw new IllegalArgumentException("rate must not be negative: " + percent);
        }
        this.percent = p;
        this.text = p.toPlainString() + "%";
        this.resolved = new ResolvedDuty(p.movePointLeft(2), BigDecimal.ZERO, null);
    }

    public static AdValorem percent(String percent) {
        return new AdValorem(new BigDecimal(percent));
    }

    /** The rate in percent (14 for 14%). */
    public BigDecimal percent() {
        return percent;
    }

    /** The rate as a fraction (0.14 for 14%). */
    public BigDecimal fraction() {
        return resolved.adValoremRate();
    }

    @Override
    public ResolvedDuty resolve(DutyBase base) {
        return resolved;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean needsQuantity() {
        return false;
    }

    @Override
    public void collectUnits(List<Unit> into) {
        // an ad valorem rate needs no quantity
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdValorem other && percent.equals(other.percent);
    }

    @Override
    public int hashCode() {
        return percent.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
