package org.importwindow.server.ecommerce.kafka;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The buyers' usage rows ({@code allowance_usage}) as the Kafka runtime's ledger reports them: the value after each
 * debit or credit is written over the row, so a value written twice, or an older one followed again by the newer ones,
 * ends at the ledger's. The ledger's entries stay in Kafka (the {@code cbec-ledger} store); the pages read the usage
 * only.
 */
final class AllowanceUsageRows {
    private final JdbcClient db;

    AllowanceUsageRows(JdbcClient db) {
        this.db = db;
    }

    /** The usage of {@code personKey} in {@code period} of {@code scheme} is now {@code used}. */
    void set(String scheme, String personKey, String period, BigDecimal used) {
        // two instances inserting the same row at once (a partition moving between them) fail one batch on the key;
        // the sink writes it again and the update then finds the row
        if (update(scheme, personKey, period, used) == 0) {
            db.sql("insert into allowance_usage (scheme, person_key, period, used) values (?, ?, ?, ?)")
                    .params(scheme, personKey, period, used).update();
        }
    }

    private int update(String scheme, String personKey, String period, BigDecimal used) {
        return db.sql("update allowance_usage set used = ? where scheme = ? and person_key = ? and period = ?")
                .params(used, scheme, personKey, period).update();
    }
}
