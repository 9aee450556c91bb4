package org.importwindow.server.ecommerce;

import org.importwindow.server.OnEmbeddedPostgresql;
import org.springframework.boot.test.context.SpringBootTest;

/** The cross-border e-commerce scenarios on a real PostgreSQL (embedded). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnEmbeddedPostgresql
class CbecOnPostgresqlTest extends CbecScenarios {
}
