package org.importwindow.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for a test class (zonky's embedded binaries: nothing to install), and the datasource properties
 * that point the single window at it. Each test class starts its own and closes it after its tests.
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

    public static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
        registry.add("spring.datasource.url",
                () -> postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
