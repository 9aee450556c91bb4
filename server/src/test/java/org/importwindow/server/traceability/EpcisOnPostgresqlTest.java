package org.importwindow.server.traceability;

import org.importwindow.server.OnEmbeddedPostgresql;
import org.springframework.boot.test.context.SpringBootTest;

/** The EPCIS binding's scenarios with the SQL store on a real PostgreSQL (embedded): V7 and the query SQL as PostgreSQL runs them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"importwindow.epcis.max-capture-bytes=200000",
        "importwindow.epcis.store=sql"})
@OnEmbeddedPostgresql
class EpcisOnPostgresqlTest extends EpcisApiOverHttpTest {
}
