package org.importwindow.server.traceability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;

/**
 * Which store the single window keeps EPCIS events in: RocksDB unless told otherwise, and it refuses to start on an
 * empty RocksDB store while the database holds events an earlier run captured with the SQL store (they would seem
 * lost), saying how to keep them.
 */
class EpcisStoreChoiceTest {
    @TempDir
    Path dir;

    @Test
    void events_captured_with_the_sql_store_are_not_hidden_behind_an_empty_rocksdb_store() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:epcis-choice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcClient db = JdbcClient.create(ds);
        EpcisStoreConfiguration choice = new EpcisStoreConfiguration();
        MockEnvironment env = new MockEnvironment().withProperty("importwindow.epcis.rocksdb-dir",
                dir.resolve("rocks").toString());

        EpcisStore empty = choice.epcisStore(env, db, new JdbcTemplate(ds), RocksEpcisStoreTest.JSON);
        assertThat(empty).isInstanceOf(RocksEpcisStore.class);
        ((RocksEpcisStore) empty).close();

        db.sql("insert into epcis_event (seq, event_hash, event_type, event_time, record_time, captured_by, "
                + "event_json) values (1, 'ni:///sha-256;x', 'ObjectEvent', current_timestamp, current_timestamp, "
                + "'A', '{}')").update();
        assertThatThrownBy(() -> choice.epcisStore(env, db, new JdbcTemplate(ds), RocksEpcisStoreTest.JSON))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("importwindow.epcis.store=sql");
        assertThat(choice.epcisStore(env.withProperty("importwindow.epcis.store", "sql"), db, new JdbcTemplate(ds),
                RocksEpcisStoreTest.JSON)).isInstanceOf(SqlEpcisStore.class);
    }
}
