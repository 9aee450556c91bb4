package org.importwindow.tariff.duty;

import java.math.BigDecimal;

/** Canonical number forms, so that equal values give equal expressions and equal text. */
final class Numbers {
    private Numbers() {
    }

    /** The value without trailing zeros and never in exponent form once printed with toPlainString. */
    static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            throw new IllegalArgumentException("number is required");
        }
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 10 into 1E+1; keep integers at scale 0 so text stays plain
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String text(BigDecimal value) {
        return value.toPlainString();
    }
}
