package org.importwindow.enterprise;

import java.util.Set;

/**
 * An enterprise registered with customs.
 *
 * @param uscc        unified social credit code (domestic enterprises), see {@link UnifiedSocialCreditCode}
 * @param customsCode 10-digit customs code, see {@link CustomsCode}
 * @param country     ISO alpha-2 country of establishment, {@code CN} for domestic enterprises
 * @param roles       e.g. {@code IMPORTER}, {@code BROKER}
 */
public record Enterprise(String uscc, String customsCode, String nameZh, String nameEn, CreditLevel creditLevel,
                         String country, Set<String> roles) {
    public static final String IMPORTER = "IMPORTER";
    public static final String BROKER = "BROKER";

    public Enterprise {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The name in the requested language, falling back to the other one. */
    public String name(String language) {
        if ("zh".equals(language)) {
            return nameZh != null && !nameZh.isBlank() ? nameZh : nameEn;
        }
        return nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
