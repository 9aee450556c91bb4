package org.importwindow.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One goods item of a consignment.
 *
 * @param commodityCode  the 8-digit national line
 * @param origin         ISO alpha-2 country of origin; {@code ZZ} for unknown origin
 * @param customsValue   dutiable (CIF) value in the request's currency
 * @param quantity       quantity, needed by specific duties and unit-value conditions; may be null
 * @param unit           unit of {@code quantity} (KGM, LTR, PCE...), may be null
 * @param preference     {@code AUTO} (the lowest lawful rate), {@code NONE} (no preference claimed) or an
 *                       arrangement code claimed (e.g. {@code AU}, {@code JPR}, {@code LD})
 * @param proofOfOrigin  whether a proof of origin is declared for the claimed preference
 * @param quotaCertificate whether a tariff-rate quota certificate is declared
 * @param attributes     what the measures' conditions need, e.g. {@code cylinderCapacityLitres -> 2.0}
 */
public record ItemRequest(String commodityCode, String origin, BigDecimal customsValue, BigDecimal quantity,
                          String unit, String preference, boolean proofOfOrigin, boolean quotaCertificate,
                          Map<String, String> attributes) {
    public static final String AUTO = "AUTO";
    public static final String NONE = "NONE";

    public ItemRequest {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        preference = preference == null || preference.isBlank() ? AUTO : preference;
    }
}
