package org.importwindow.server.complaint;

import org.importwindow.server.OnEmbeddedPostgresql;
import org.springframework.boot.test.context.SpringBootTest;

/** The complaint scenarios on a real PostgreSQL (embedded): V9 and the event store as they run in production. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnEmbeddedPostgresql
class ComplaintsOnPostgresqlTest extends ComplaintScenarios {
}
