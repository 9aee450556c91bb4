package org.importwindow.server.api;

/**
 * Codes of the checks the API makes before a request reaches the core. The core's own ASM codes cover the meaning
 * of a request (ASM-001 unknown commodity, ASM-003 origin, ASM-004/005 currency and rate, ASM-006 quantity, ASM-008
 * customs value, ASM-009 date, ASM-012 no items...); the API reuses them where the check is the same. Stable:
 * clients match on them.
 */
public final class RequestRules {
    /** The body is not well-formed JSON, or a field has the wrong JSON type. */
    public static final String MALFORMED_BODY = "ASM-000";
    /** A date is not in the form YYYY-MM-DD (the core's date rule). */
    public static final String BAD_DATE = "ASM-009";
    /** A required parameter is missing. */
    public static final String MISSING_PARAMETER = "API-002";
    /** An amount or quantity is not a decimal number. */
    public static final String NOT_A_NUMBER = "ASM-013";
    /** A query parameter is out of range or of the wrong type. */
    public static final String BAD_PARAMETER = "API-001";
    /** No commodity with that code. */
    public static final String UNKNOWN_COMMODITY = "API-404";
    /** No country with that code. */
    public static final String UNKNOWN_COUNTRY = "API-404";
    /** Unknown currency. */
    public static final String UNKNOWN_CURRENCY = "FX-001";
    /** No customs rate for that currency and month. */
    public static final String NO_RATE = "FX-404";

    private RequestRules() {
    }
}
