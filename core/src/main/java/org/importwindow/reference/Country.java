package org.importwindow.reference;

/**
 * A country or territory, identified by its ISO 3166-1 alpha-2 code.
 *
 * @param code     ISO 3166-1 alpha-2, e.g. {@code AU}
 * @param iso3     ISO 3166-1 alpha-3, e.g. {@code AUS}
 * @param numeric  ISO 3166-1 numeric / UN M49, e.g. {@code 036}
 * @param nameEn   short English name
 * @param nameZh   short Chinese name
 * @param currency ISO 4217 code of its currency, may be empty
 */
public record Country(String code, String iso3, String numeric, String nameEn, String nameZh, String currency) {
    /** ISO's user-assigned code for an unknown origin; goods of unknown origin pay the general rate. */
    public static final String UNKNOWN = "ZZ";
}
