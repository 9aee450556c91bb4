package org.importwindow.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Totals of a consignment after the waiver of each tax of 50 yuan or less per consignment.
 *
 * @param waived the taxes waived, e.g. {@code duty}, {@code consumptionTax}, {@code vat}
 */
public record Totals(BigDecimal duty, BigDecimal consumptionTax, BigDecimal vat, BigDecimal payable,
                     List<String> waived) {
    public Totals {
        waived = List.copyOf(waived);
    }
}
