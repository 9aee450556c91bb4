package org.importwindow.server.declaration;

import org.importwindow.server.OnEmbeddedPostgresql;
import org.springframework.boot.test.context.SpringBootTest;

/** The declaration scenarios on a real PostgreSQL (embedded): lodging, idempotency, access, workflow, tampering. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnEmbeddedPostgresql
class DeclarationsOnPostgresqlTest extends DeclarationScenarios {
}
