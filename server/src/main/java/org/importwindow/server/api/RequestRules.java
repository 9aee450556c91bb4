package org.importwindow.server.api;

/**
 * Codes of the checks the API makes before a request reaches the core (the core's own ASM codes cover the meaning
 * of a request: unknown commodity, country, currency, missing exchange rate...). Stable: clients match on them.
 */
public final class RequestRules {
    /** The body is not well-formed JSON, or a field has the wrong JSON type. */
    public static final String MALFORMED_BODY = "ASM-010";
    /** A date is not in the form YYYY-MM-DD. */
    public static final String BAD_DATE = "ASM-011";
    /** A required field is missing or blank. */
    public static final String MISSING_FIELD = "ASM-012";
    /** An amount or quantity is not a decimal number. */
    public static final String NOT_A_NUMBER = "ASM-013";
    /** An amount or quantity is negative. */
    public static final String NEGATIVE = "ASM-014";
    /** A query parameter is out of range. */
    public static final String BAD_PARAMETER = "API-001";
    /** No commodity with that code. */
    public static final String UNKNOWN_COMMODITY = "API-404-COMMODITY";
    /** No country with that code. */
    public static final String UNKNOWN_COUNTRY = "API-404-COUNTRY";
    /** No customs rate for that currency and month. */
    public static final String NO_RATE = "FX-404";

    private RequestRules() {
    }
}
