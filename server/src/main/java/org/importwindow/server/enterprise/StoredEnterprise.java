package org.importwindow.server.enterprise;

import java.util.Set;

/**
 * An enterprise as stored: unified social credit code, customs code, names, credit level (the core's
 * {@code CreditLevel} name), country (ISO alpha-2, CN for domestic) and roles (IMPORTER, BROKER...).
 */
public record StoredEnterprise(String uscc, String customsCode, String nameZh, String nameEn, String creditLevel,
                               String country, Set<String> roles) {
    public StoredEnterprise {
        roles = Set.copyOf(roles);
    }
}
