package org.importwindow.server.web.ecommerce;

import java.util.List;
import org.importwindow.enterprise.DemoEnterprises;
import org.importwindow.enterprise.Enterprise;
import org.importwindow.server.ecommerce.CbecDemoParties;
import org.importwindow.server.enterprise.DemoProperties;
import org.importwindow.server.security.Role;
import org.importwindow.server.security.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people of the demo cross-border e-commerce enterprises who sign in on the pages (their systems only have API
 * keys, {@link CbecDemoParties}): {@code platform-1101110325}, {@code logistics-1101180326} and
 * {@code agent-1105910159}, each with the role {@link Role#ENTERPRISE_USER} for its own enterprise and the demo
 * password. Created in demo mode when missing, also in a database made before they existed.
 */
@Component
@DependsOnDatabaseInitialization
public class CbecDemoPageUsers implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(CbecDemoPageUsers.class);

    /** The demo page user of each demo enterprise, by the enterprise's part in the samples. */
    public static final List<User> USERS = List.of(
            new User("platform-" + DemoEnterprises.CBEC_PLATFORM.customsCode(), DemoEnterprises.CBEC_PLATFORM),
            new User("logistics-" + DemoEnterprises.CBEC_LOGISTICS.customsCode(), DemoEnterprises.CBEC_LOGISTICS),
            new User("agent-" + DemoEnterprises.CBEC_AGENT.customsCode(), DemoEnterprises.CBEC_AGENT));

    /** A demo page user and the enterprise they work for. */
    public record User(String username, Enterprise enterprise) {
    }

    private final DemoProperties properties;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    /** Takes {@link CbecDemoParties} so that the enterprises are stored first. */
    public CbecDemoPageUsers(DemoProperties properties, UserStore users, PasswordEncoder encoder,
                             TransactionTemplate tx, CbecDemoParties first) {
        this.properties = properties;
        this.users = users;
        this.encoder = encoder;
        this.tx = tx;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.enabled()) {
            return;
        }
        List<User> missing = USERS.stream().filter(u -> users.find(u.username()).isEmpty()).toList();
        if (missing.isEmpty()) {
            return;
        }
        String hash = encoder.encode(properties.password());
        tx.executeWithoutResult(status -> {
            for (User u : missing) {
                users.insert(u.username(), hash, "Staff of " + u.enterprise().nameEn(), List.of(Role.ENTERPRISE_USER),
                        List.of(u.enterprise().uscc()));
            }
        });
        log.warn("Demo mode: cross-border e-commerce page users {} with the demo password; set "
                + "importwindow.demo.enabled=false in production", missing.stream().map(User::username).toList());
    }
}
