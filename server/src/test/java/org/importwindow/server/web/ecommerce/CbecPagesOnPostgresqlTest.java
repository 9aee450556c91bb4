package org.importwindow.server.web.ecommerce;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.importwindow.server.EmbeddedPostgresForTests;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The cross-border e-commerce pages on a real PostgreSQL (embedded): their read queries are plain SQL for both. */
class CbecPagesOnPostgresqlTest extends CbecPagesTest {
    static final EmbeddedPostgres POSTGRES = EmbeddedPostgresForTests.start();

    @DynamicPropertySource
    static void datasource(DynamicPropertyRegistry registry) {
        EmbeddedPostgresForTests.register(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }
}
