package org.importwindow.server.recall;

import org.importwindow.server.OnEmbeddedPostgresql;
import org.springframework.boot.test.context.SpringBootTest;

/** The traced recall scope with the SQL store on a real PostgreSQL (embedded): the same queries as on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "importwindow.epcis.store=sql")
@OnEmbeddedPostgresql
class TracedScopeOnPostgresqlTest extends TracedScopeOverHttpTest {
}
