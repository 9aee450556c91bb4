package org.importwindow.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;

/**
 * A real PostgreSQL for a test class (zonky's embedded binaries: nothing to install), and the datasource properties
 * that point the single window at it. Each test class starts its own and closes it after its tests: annotate the class
 * {@link OnEmbeddedPostgresql}.
 */
public final class EmbeddedPostgresForTests {
    private EmbeddedPostgresForTests() {
    }

    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL", e);
        }
    }

    /** The datasource properties for the database. */
    public static Map<String, Object> datasource(EmbeddedPostgres postgres) {
        return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true",
                "spring.datasource.username", "postgres", "spring.datasource.password", "postgres");
    }
}
