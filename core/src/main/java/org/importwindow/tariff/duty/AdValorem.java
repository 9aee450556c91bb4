package org.importwindow.tariff.duty;

import java.math.BigDecimal;
import java.util.List;

/**
 * An ad valorem duty: a percentage of the customs value, e.g. {@code 14%}.
 *
 * @param percent the rate in percent (14 for 14%)
 */
public record AdValorem(BigDecimal percent) implements DutyExpression {

    public AdValorem {
        percent = Numbers.canonical(percent);
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("rate must not be negative: " + percent);
        }
    }

    public static AdValorem percent(String percent) {
        return new AdValorem(new BigDecimal(percent));
    }

    /** The rate as a fraction (0.14 for 14%). */
    public BigDecimal fraction() {
        return percent.movePointLeft(2);
    }

    @Override
    public ResolvedDuty resolve(DutyBase base) {
        return new ResolvedDuty(percent.movePointLeft(2), BigDecimal.ZERO, null);
    }

    @Override
    public String text() {
        return percent.toPlainString() + "%";
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
    public String toString() {
        return text();
    }
}
