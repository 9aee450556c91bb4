package org.importwindow.assessment;

import java.math.BigDecimal;
import org.importwindow.tariff.MeasureType;

/**
 * A duty measure that was considered for an item: whether the goods qualify for it, the duty it would give
 * (null when it cannot be computed) and why it was or was not taken, e.g.
 * "conventional AU 0%: no proof of origin declared".
 */
public record Alternative(long measureSid, MeasureType measureType, String arrangement, String expression,
                          BigDecimal amount, boolean eligible, boolean applied, String reason) {
}
