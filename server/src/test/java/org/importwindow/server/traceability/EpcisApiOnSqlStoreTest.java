package org.importwindow.server.traceability;

import org.springframework.boot.test.context.SpringBootTest;

/** The EPCIS binding's scenarios with the SQL store ({@code importwindow.epcis.store=sql}) on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:epcis-api-sql;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "importwindow.epcis.max-capture-bytes=200000",
        "importwindow.epcis.store=sql"})
class EpcisApiOnSqlStoreTest extends EpcisApiOverHttpTest {
}
