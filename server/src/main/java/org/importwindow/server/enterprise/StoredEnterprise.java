package org.importwindow.server.enterprise;

import java.util.Set;
import org.importwindow.enterprise.CreditLevel;
import org.importwindow.enterprise.Enterprise;

/**
 * An enterprise as stored: unified social credit code, customs code, names, credit level (the core's
 * {@code CreditLevel} name), country (ISO alpha-2, CN for domestic) and roles (IMPORTER, BROKER...).
 */
public record StoredEnterprise(String uscc, String customsCode, String nameZh, String nameEn, String creditLevel,
                               String country, Set<String> roles) {
    public StoredEnterprise {
        roles = Set.copyOf(roles);
    }

    public static StoredEnterprise of(Enterprise e) {
        return new StoredEnterprise(e.uscc(), e.customsCode(), e.nameZh(), e.nameEn(), e.creditLevel().name(),
                e.country(), e.roles());
    }

    /** The core's enterprise. */
    public Enterprise toCore() {
        return new Enterprise(uscc, customsCode, nameZh, nameEn, CreditLevel.valueOf(creditLevel), country, roles);
    }
}
