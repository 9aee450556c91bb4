package org.importwindow.server.ecommerce;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.importwindow.enterprise.DemoEnterprises;
import org.importwindow.enterprise.Enterprise;
import org.importwindow.server.enterprise.DemoData;
import org.importwindow.server.enterprise.DemoProperties;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.security.ApiTokenStore;
import org.importwindow.server.security.Role;
import org.importwindow.server.security.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The enterprises of the official CEB sample messages ({@link DemoEnterprises#CBEC}) with their systems' API keys
 * {@code demo-key-<customs code>}, created in demo mode when missing (also in a database made before they existed).
 * Each key authenticates a system user {@code system-<customs code>} with the role
 * {@link Role#ENTERPRISE_SYSTEM}, authorised for its enterprise only.
 */
@Component
@DependsOnDatabaseInitialization
public class CbecDemoParties implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(CbecDemoParties.class);

    private final DemoProperties properties;
    private final EnterpriseStore enterprises;
    private final UserStore users;
    private final ApiTokenStore tokens;
    private final TransactionTemplate tx;

    /** Takes {@link DemoData} so that the demo users are created first (it only seeds an empty user table). */
    public CbecDemoParties(DemoProperties properties, EnterpriseStore enterprises, UserStore users,
                           ApiTokenStore tokens, TransactionTemplate tx, DemoData first) {
        this.properties = properties;
        this.enterprises = enterprises;
        this.users = users;
        this.tokens = tokens;
        this.tx = tx;
    }

    /** The demo API key of an enterprise's system. */
    public static String demoKey(String customsCode) {
        return "demo-key-" + customsCode;
    }

    /** The system user of an enterprise. */
    public static String systemUser(String customsCode) {
        return "system-" + customsCode;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.enabled()) {
            return;
        }
        List<Enterprise> missing = DemoEnterprises.CBEC.stream()
                .filter(e -> users.find(systemUser(e.customsCode())).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        tx.executeWithoutResult(status -> {
            for (Enterprise e : missing) {
                if (enterprises.find(e.uscc()).isEmpty()) {
                    enterprises.insert(StoredEnterprise.of(e));
                }
                // a system has no password to sign in with: the hash of nothing matches no password
                users.insert(systemUser(e.customsCode()), "{noop}!", "System of " + e.nameEn(),
                        List.of(Role.ENTERPRISE_SYSTEM), List.of(e.uscc()));
                tokens.register(demoKey(e.customsCode()), systemUser(e.customsCode()), "demo API key", now);
            }
        });
        log.warn("Demo mode: cross-border e-commerce enterprises {} with API keys demo-key-<customs code>; set "
                + "importwindow.demo.enabled=false in production", missing.stream().map(Enterprise::customsCode).toList());
    }
}
