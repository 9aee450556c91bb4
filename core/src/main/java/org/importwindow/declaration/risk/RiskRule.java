package org.importwindow.declaration.risk;

import java.math.BigDecimal;

/**
 * A risk rule as configured in {@code law/risk-rules.yaml}.
 *
 * @param key   what the engine evaluates, one of {@link RiskRules#KEYS}
 * @param ratio for LOW_UNIT_VALUE: the fraction of the reference value below which it fires; null otherwise
 */
public record RiskRule(String code, String key, String descriptionEn, String descriptionZh, int weight,
                       BigDecimal ratio) {
}
