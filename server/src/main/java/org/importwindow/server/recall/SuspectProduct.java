package org.importwindow.server.recall;

/**
 * A product under suspicion, as a defect signal names it: by GTIN (14 digits, or 8/12/13) and/or model, with a
 * name and brand when known, and the importer's or producer's USCC when known (else null: only the regulator sees
 * the case until an order names the enterprise).
 */
public record SuspectProduct(String gtin, String model, String name, String brand, String enterprise) {
}
