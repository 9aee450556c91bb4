package org.importwindow.tariff.duty;

import java.math.BigDecimal;

/**
 * A duty expression resolved for one item into an ad valorem rate and a specific amount, the form every tax
 * formula needs: duty = value x rate + specific; consumption tax composite price =
 * (value + duty + specific) / (1 - rate).
 *
 * @param adValoremRate  as a fraction (0.14 for 14%)
 * @param specificAmount yuan, unrounded (quantity x amount per unit)
 * @param branch         the part of the expression that applied (for MIN/MAX and value bands), as text
 */
public record ResolvedDuty(BigDecimal adValoremRate, BigDecimal specificAmount, String branch) {

    /** value x rate + specific, unrounded. */
    public BigDecimal amountOn(BigDecimal value) {
        return value.multiply(adValoremRate).add(specificAmount);
    }
}
