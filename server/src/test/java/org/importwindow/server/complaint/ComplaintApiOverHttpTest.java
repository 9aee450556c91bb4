package org.importwindow.server.complaint;

import org.springframework.boot.test.context.SpringBootTest;

/** The complaint scenarios on the embedded H2 database (the default runtime). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:complaints-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class ComplaintApiOverHttpTest extends ComplaintScenarios {
}
