package org.importwindow.server.ecommerce;

import org.springframework.boot.test.context.SpringBootTest;

/** The cross-border e-commerce scenarios on the embedded H2 database (the default runtime). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cbec-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1"})
class CbecApiOverHttpTest extends CbecScenarios {
}
