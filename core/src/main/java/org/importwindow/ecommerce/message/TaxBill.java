package org.importwindow.ecommerce.message;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One electronic tax bill of a CEB816 message (the schema's {@code Tax} element): the head with the three taxes of
 * an inventory list, and one line per goods line (1 to 99).
 *
 * @param head the schema's {@code TaxHeadRd}
 * @param items the schema's {@code TaxListRd} lines
 */
public record TaxBill(TaxHeadRd head, List<TaxListRd> items) {
    /** {@code status}: 1 generated (已生成). */
    public static final String STATUS_GENERATED = "1";
    /** {@code status}: 2 summarised for payment (已汇总). */
    public static final String STATUS_SUMMARISED = "2";
    /** {@code status}: 3 void (作废), e.g. after a return. */
    public static final String STATUS_VOID = "3";

    public TaxBill {
        Objects.requireNonNull(head, "head");
        items = List.copyOf(items);
        if (items.isEmpty() || items.size() > 99) {
            throw new IllegalArgumentException("a tax bill has 1 to 99 lines, not " + items.size());
        }
    }

    /** Duty + VAT + consumption tax of the head. */
    public BigDecimal taxTotal() {
        return head.customsTax().add(head.valueAddedTax()).add(head.consumptionTax());
    }
}
