package org.importwindow.tariff.duty;

import java.math.BigDecimal;

/**
 * A duty expression resolved for one item into an ad valorem rate and a specific amount, the form every tax
 * formula needs: duty = value x rate + specific; consumption tax composite price =
 * (value + duty + specific) / (1 - rate).
 *
 * @param adValoremRate  as a fraction (0.14 for 14%)
 * @param specificAmount yuan, unrounded (quantity x amount per unit)
 * @param branch         the part of the expression that applied when it made a choice (MIN/MAX and value bands),
 *                       as text; null when the expression made no choice
 */
public record ResolvedDuty(BigDecimal adValoremRate, BigDecimal specificAmount, String branch) {

    /** value x rate + specific, unrounded. */
    public BigDecimal amountOn(BigDecimal value) {
        BigDecimal adValorem = adValoremRate.signum() == 0 ? BigDecimal.ZERO : value.multiply(adValoremRate);
        return specificAmount.signum() == 0 ? adValorem : adValorem.add(specificAmount);
    }

    /** {@code resolved} labelled as the branch {@code chosen} (keeping a deeper branch when there is one). */
    static ResolvedDuty branch(ResolvedDuty resolved, DutyExpression chosen) {
        return new ResolvedDuty(resolved.adValoremRate(), resolved.specificAmount(),
                resolved.branch() != null ? resolved.branch() : chosen.text());
    }
}
