package org.importwindow.server.traceability;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chooses where EPCIS events are kept: {@code importwindow.epcis.store=rocksdb} (the default; in
 * {@code importwindow.epcis.rocksdb-dir}, by default the epcis-rocksdb folder of the data directory) or {@code sql}
 * (the database's V7 tables). A RocksDB store that is empty while the database holds events (captured with the SQL
 * store) is refused at start rather than silently showing none of them.
 */
@Configuration(proxyBeanMethods = false)
public class EpcisStoreConfiguration {

    @Bean
    EpcisStore epcisStore(Environment env, JdbcClient db, JdbcTemplate jdbc, JsonMapper json) {
        String store = env.getProperty("importwindow.epcis.store", "rocksdb");
        if ("sql".equalsIgnoreCase(store)) {
            return new SqlEpcisStore(db, jdbc, json);
        }
        if (!"rocksdb".equalsIgnoreCase(store)) {
            throw new IllegalStateException("importwindow.epcis.store is rocksdb or sql, not " + store);
        }
        String dir = env.getProperty("importwindow.epcis.rocksdb-dir",
                env.getProperty("importwindow.data-dir", "./data") + "/epcis-rocksdb");
        RocksEpcisStore rocks = new RocksEpcisStore(Path.of(dir), json);
        if (rocks.count() == 0 && db.sql("select count(*) from epcis_event").query(Long.class).single() > 0) {
            rocks.close();
            throw new IllegalStateException("The database holds EPCIS events captured with "
                    + "importwindow.epcis.store=sql, and the RocksDB store at " + dir + " is empty: start with "
                    + "--importwindow.epcis.store=sql to keep using them.");
        }
        return rocks;
    }
}
