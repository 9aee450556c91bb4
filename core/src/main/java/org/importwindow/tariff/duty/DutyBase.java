package org.importwindow.tariff.duty;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * What a duty expression is evaluated against for one goods item.
 *
 * @param customsValueCny   dutiable (customs) value in yuan, unrounded
 * @param quantity          declared quantity, or null when none was declared
 * @param unit              the unit of {@code quantity}, or null
 * @param yuanPerCurrencyUnit yuan for one unit of a foreign currency at the customs rate of the date (for
 *                          value-banded expressions with thresholds in foreign currency); may return null
 */
public record DutyBase(BigDecimal customsValueCny, BigDecimal quantity, Unit unit,
                       Function<String, BigDecimal> yuanPerCurrencyUnit) {

    public static DutyBase ofValue(BigDecimal customsValueCny) {
        return new DutyBase(customsValueCny, null, null, c -> null);
    }
}
