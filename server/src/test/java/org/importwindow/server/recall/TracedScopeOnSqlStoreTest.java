package org.importwindow.server.recall;

import org.springframework.boot.test.context.SpringBootTest;

/** The traced recall scope with the SQL store ({@code importwindow.epcis.store=sql}) on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:recall-scope-sql;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "importwindow.epcis.store=sql"})
class TracedScopeOnSqlStoreTest extends TracedScopeOverHttpTest {
}
