package org.importwindow.declaration.risk;

import java.math.BigDecimal;

/**
 * What the risk rules look at in one goods item.
 *
 * @param customsValueCny the item's CIF customs value in yuan
 * @param preference      AUTO, NONE, IN_QUOTA or an arrangement code
 */
public record RiskItem(int index, String commodityCode, String origin, BigDecimal customsValueCny,
                       BigDecimal quantity, String unit, String preference, boolean proofOfOrigin) {
}
