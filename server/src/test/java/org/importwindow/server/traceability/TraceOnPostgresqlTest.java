package org.importwindow.server.traceability;

import org.importwindow.server.OnEmbeddedPostgresql;
import org.springframework.boot.test.context.SpringBootTest;

/** The trace scenario on a real PostgreSQL (embedded). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnEmbeddedPostgresql
class TraceOnPostgresqlTest extends TraceOverHttpTest {
}
