package org.importwindow.complaint;

import java.util.Locale;

/**
 * The product a complaint is about, as the consumer can read it off the pack: a GTIN (barcode) and/or a model.
 * Signals count complaints per {@link #key()}: the GTIN where there is one, since it names one trade item exactly,
 * else the model (case and spaces ignored, so "AB-100" and "ab 100" are one product).
 *
 * @param gtin  GTIN-14 (8, 12 and 13-digit barcodes padded with leading zeros), or null
 * @param model the model or type as printed, or null
 */
public record ProductRef(String gtin, String model) {

    public ProductRef {
        gtin = blankToNull(gtin);
        model = blankToNull(model);
        if (gtin != null) {
            gtin = Gtin.toGtin14(gtin);
        }
    }

    /** The key complaints are counted under: {@code gtin:<14 digits>} or {@code model:<normalised model>}. */
    public String key() {
        if (gtin != null) {
            return "gtin:" + gtin;
        }
        return model == null ? "unknown" : "model:" + normaliseModel(model);
    }

    static String normaliseModel(String model) {
        return model.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-_./]+", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
