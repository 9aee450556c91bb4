package org.importwindow.traceability.epcis;

/**
 * The business transaction types that join an EPCIS event to an import (issue 5's contract): the value names an
 * import declaration (its id) or a cross-border e-commerce inventory list (its copNo or invtNo). The values are this
 * single window's own keys rather than URIs, so they are taken as sent (a {@code urn:uuid:} prefix is dropped).
 */
public final class ImportLinks {
    public static final String CUSTOMS_DECLARATION = "https://importwindow.org/btt/customs-declaration";
    public static final String CBEC_INVENTORY = "https://importwindow.org/btt/cbec-inventory";

    private ImportLinks() {
    }

    public static boolean isImportLink(String type) {
        return CUSTOMS_DECLARATION.equals(type) || CBEC_INVENTORY.equals(type);
    }

    /** The declaration id or list number a link's value names. */
    public static String key(String value) {
        String v = value.trim();
        return v.startsWith("urn:uuid:") ? v.substring("urn:uuid:".length()) : v;
    }
}
