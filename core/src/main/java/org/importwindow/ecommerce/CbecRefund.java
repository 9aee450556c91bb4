package org.importwindow.ecommerce;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a return gives back: the taxes paid on the returned quantities (not levied, i.e. refunded) and the amount
 * credited back to the buyer's annual total. A whole line gives back exactly what it paid; part of a line its share
 * in proportion to the quantity, each amount rounded to the fen half-up.
 *
 * @param allowanceCredit the returned share of the dutiable price, credited to the buyer's year of purchase
 */
public record CbecRefund(List<Line> lines, BigDecimal customsTax, BigDecimal valueAddedTax,
                         BigDecimal consumptionTax, BigDecimal taxTotal, BigDecimal allowanceCredit) {

    public CbecRefund {
        lines = List.copyOf(lines);
    }

    /** The refund of one returned line. */
    public record Line(int gnum, String commodityCode, BigDecimal quantity, BigDecimal customsTax,
                       BigDecimal valueAddedTax, BigDecimal consumptionTax, BigDecimal taxTotal,
                       BigDecimal allowanceCredit) {
    }
}
