package org.importwindow.server.traceability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.importwindow.server.EmbeddedPostgresForTests;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The EPCIS binding's scenarios on a real PostgreSQL (embedded): V7 and the query SQL as PostgreSQL runs them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "importwindow.epcis.max-capture-bytes=200000")
class EpcisOnPostgresqlTest extends EpcisApiOverHttpTest {
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
