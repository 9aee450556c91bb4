package org.importwindow.server.enterprise;

import java.util.List;
import org.importwindow.enterprise.DemoEnterprises;
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
 * The demo parties: the core's two importers ({@link DemoEnterprises}: A, ordinary, in Shanghai; B, advanced
 * certified, in Shenzhen) and the users declarant-a (A only), declarant-b (B only), officer and admin, all with the demo password.
 * Created on start when {@code importwindow.demo.enabled} and there are no users yet, in one transaction. The users of
 * quality traceability, recalls and complaints (issue 5), {@code consumer} and {@code regulator}, are added on start
 * to a demo database that lacks them, so a database made by an earlier version gets them too.
 */
@Component
@DependsOnDatabaseInitialization
public class DemoData implements InitializingBean {
    /** The core's demo enterprise A (ordinary credit, Shanghai) as stored. */
    public static final StoredEnterprise ENTERPRISE_A = StoredEnterprise.of(DemoEnterprises.A);
    /** The core's demo enterprise B (advanced certified, Shenzhen) as stored. */
    public static final StoredEnterprise ENTERPRISE_B = StoredEnterprise.of(DemoEnterprises.B);
    public static final List<StoredEnterprise> ENTERPRISES = List.of(ENTERPRISE_A, ENTERPRISE_B);

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final EnterpriseStore enterprises;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    public DemoData(DemoProperties properties, EnterpriseStore enterprises, UserStore users, PasswordEncoder encoder,
                    TransactionTemplate tx) {
        this.properties = properties;
        this.enterprises = enterprises;
        this.users = users;
        this.encoder = encoder;
        this.tx = tx;
    }

    @Override
    public void afterPropertiesSet() {
        seedIfEmpty();
        addQualityUsers();
    }

    /** Add the demo users {@code consumer} and {@code regulator} where they are missing; returns how many it added. */
    public int addQualityUsers() {
        if (!properties.enabled()) {
            return 0;
        }
        String hash = encoder.encode(properties.password());
        int[] added = {0};
        tx.executeWithoutResult(status -> {
            if (users.find("consumer").isEmpty()) {
                users.insert("consumer", hash, "Consumer", List.of(Role.CONSUMER), List.of());
                added[0]++;
            }
            if (users.find("regulator").isEmpty()) {
                users.insert("regulator", hash, "Market regulator", List.of(Role.REGULATOR), List.of());
                added[0]++;
            }
        });
        if (added[0] > 0) {
            log.warn("Demo mode: created the users consumer and regulator with the demo password");
        }
        return added[0];
    }

    /** Create the demo parties when enabled and there are no users yet; returns whether it did. */
    public boolean seedIfEmpty() {
        if (!properties.enabled() || users.count() > 0) {
            return false;
        }
        String hash = encoder.encode(properties.password());
        tx.executeWithoutResult(status -> {
            ENTERPRISES.stream().filter(e -> enterprises.find(e.uscc()).isEmpty()).forEach(enterprises::insert);
            users.insert("declarant-a", hash, "Declarant of A", List.of(Role.DECLARANT), List.of(ENTERPRISE_A.uscc()));
            users.insert("declarant-b", hash, "Declarant of B", List.of(Role.DECLARANT), List.of(ENTERPRISE_B.uscc()));
            users.insert("officer", hash, "Customs officer", List.of(Role.OFFICER), List.of());
            users.insert("admin", hash, "Administrator", List.of(Role.ADMIN), List.of());
        });
        log.warn("Demo mode: created enterprises A ({}) and B ({}) and users declarant-a, declarant-b, officer and "
                + "admin with the demo password; set importwindow.demo.enabled=false in production",
                ENTERPRISE_A.uscc(), ENTERPRISE_B.uscc());
        return true;
    }
}
