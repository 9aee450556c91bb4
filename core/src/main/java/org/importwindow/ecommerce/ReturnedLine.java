package org.importwindow.ecommerce;

import java.math.BigDecimal;

/**
 * A line of a return (CEB625): which line of the original list, and how much of it, in the line's
 * {@linkplain CbecLineTax#declaredQuantity() declared quantity}; null quantity returns the whole line.
 */
public record ReturnedLine(int gnum, BigDecimal quantity) {
}
