package org.importwindow.ecommerce;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One line of an inventory list (CEB621 {@code InventoryList}) as the tax sees it.
 *
 * @param gnum          the line number, unique in the list
 * @param commodityCode the 8-digit tariff line (the first 8 digits of the 10-digit {@code gcode})
 * @param name          the goods' name as declared
 * @param origin        ISO alpha-2 country of origin ({@code ZZ} unknown)
 * @param quantity      the quantity the rates need (specific taxes, unit values), in {@code unit}
 * @param unit          our {@link org.importwindow.tariff.duty.Unit} code, or null when it has none
 * @param totalPrice    the line's price in yuan as paid (price x quantity)
 * @param attributes    what the measures' conditions need (e.g. {@code unitValueCny.MLT}); the attribute
 *                      {@value #ITEM_COUNT} is the number of pieces declared (CEB621 {@code qty} in its declared
 *                      unit), read by the one-item exception when {@code quantity} is not a count of pieces
 */
public record CbecLine(int gnum, String commodityCode, String name, String origin, BigDecimal quantity, String unit,
                       BigDecimal totalPrice, Map<String, String> attributes) {
    /** Attribute: the number of pieces on the line, when {@code quantity} is in litres, kilograms and the like. */
    public static final String ITEM_COUNT = "itemCount";

    public CbecLine {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
