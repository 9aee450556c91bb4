package org.importwindow.server.declaration;

import org.importwindow.server.OnEmbeddedPostgresql;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Advance and two-step declarations on a real PostgreSQL (embedded). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@OnEmbeddedPostgresql
class ArrivalAndTwoStepOnPostgresqlTest extends ArrivalAndTwoStepScenarios {
}
