package org.importwindow.traceability.epcis;

import java.math.BigDecimal;

/** A quantity of a class of objects (EPC class or GTIN + lot); quantity and uom are optional in EPCIS 2.0. */
public record QuantityElement(String epcClass, BigDecimal quantity, String uom) {
}
