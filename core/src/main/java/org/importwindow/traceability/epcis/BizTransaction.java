package org.importwindow.traceability.epcis;

/** A business transaction the event belongs to; {@code type} is the canonical CBV word or an extension URI. */
public record BizTransaction(String type, String value) {
}
