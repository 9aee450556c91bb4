package org.importwindow.server.traceability;

import org.importwindow.server.OnEmbeddedPostgresql;
import org.springframework.boot.test.context.SpringBootTest;

/** The trace scenario with the SQL store on a real PostgreSQL (embedded). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "importwindow.epcis.store=sql")
@OnEmbeddedPostgresql
class TraceOnPostgresqlTest extends TraceOverHttpTest {
}
