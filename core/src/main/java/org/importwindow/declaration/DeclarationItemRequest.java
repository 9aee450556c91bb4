package org.importwindow.declaration;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One goods item of a declaration (WCO Data Model: GovernmentAgencyGoodsItem).
 *
 * @param commodityCode    8-digit national tariff line (WCO: Classification)
 * @param origin           ISO alpha-2 country of origin, {@code ZZ} when unknown
 * @param quantity         quantity in {@code unit}
 * @param unit             unit of quantity code (KGM, LTR, PCE...), see {@code org.importwindow.tariff.duty.Unit}
 * @param value            item value in the declaration's currency under the declaration's terms of price
 * @param preference       {@code AUTO}, {@code NONE}, an arrangement code (e.g. {@code AU}) or {@code IN_QUOTA}
 * @param proofOfOrigin    number of the certificate or declaration of origin, null when none
 * @param quotaCertificate number of the tariff-quota certificate, null when none
 * @param attributes       what tariff conditions need, e.g. {@code cylinderCapacityLitres -> 2.0}
 * @param secondQuantity   optional quantity in a second unit (e.g. kilograms for goods declared in pieces)
 */
public record DeclarationItemRequest(String commodityCode, String description, String origin, BigDecimal quantity,
                                     String unit, BigDecimal value, String preference, String proofOfOrigin,
                                     String quotaCertificate, Map<String, String> attributes,
                                     BigDecimal secondQuantity, String secondUnit) {
    /** The preference keyword that claims the in-quota rate of a tariff-rate quota. */
    public static final String IN_QUOTA = "IN_QUOTA";

    public DeclarationItemRequest {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The item without a quota certificate or second quantity, as the JSON example has it. */
    public DeclarationItemRequest(String commodityCode, String description, String origin, BigDecimal quantity,
                                  String unit, BigDecimal value, String preference, String proofOfOrigin,
                                  Map<String, String> attributes) {
        this(commodityCode, description, origin, quantity, unit, value, preference, proofOfOrigin, null, attributes,
                null, null);
    }

    boolean hasProofOfOrigin() {
        return proofOfOrigin != null && !proofOfOrigin.isBlank();
    }

    boolean hasQuotaCertificate() {
        return quotaCertificate != null && !quotaCertificate.isBlank();
    }

    /** The preference, AUTO when not given. */
    String preferenceOrAuto() {
        return preference == null || preference.isBlank() ? "AUTO" : preference.strip();
    }
}
