package org.importwindow.declaration.risk;

import java.math.BigDecimal;

/**
 * The random sampling draw of a declaration: the rate that applied, the uniform draw in [0, 1) and whether it fell
 * below the rate (selected for inspection).
 */
public record SamplingDraw(BigDecimal rate, double draw, boolean selected) {
}
