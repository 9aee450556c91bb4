package org.importwindow.server.recall;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.importwindow.server.EmbeddedPostgresForTests;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The traced recall scope on a real PostgreSQL (embedded): the same queries as on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TracedScopeOnPostgresqlTest extends TracedScopeOverHttpTest {
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
