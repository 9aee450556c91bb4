package org.importwindow.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.importwindow.server.HttpClientSupport;
import org.importwindow.server.HttpClientSupport.Answer;
import org.importwindow.server.OnEmbeddedPostgresql;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.server.tariff.TariffStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same application on a real PostgreSQL (embedded, PostgreSQL 17): Flyway migrations, first-start seeding with
 * batches, the catalogue built from the database, a lookup and an assessment over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@OnEmbeddedPostgresql
class PostgresqlRoundTripTest {
    @LocalServerPort
    int port;

    @Autowired
    TariffStore store;

    @Autowired
    TariffCatalogue catalogue;

    @Test
    void the_bundled_data_is_seeded_into_postgresql_and_served_from_it() {
        assertThat(store.measureCount()).isEqualTo(catalogue.schedule().measureCount()).isPositive();
        HttpClientSupport http = new HttpClientSupport(port);
        Answer wine = http.get("/api/v1/commodities/22042100?date=2026-03-16");
        assertThat(wine.status()).isEqualTo(200);
        assertThat(wine.json().get("measures").size()).isPositive();
        Answer assessment = http.postJson("/api/v1/assessments", """
                {"date":"2026-03-16","currency":"CNY","items":[{"commodityCode":"22042100","origin":"FR",
                 "customsValue":"100000.00","preference":"AUTO","proofOfOrigin":true}]}""");
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(200);
        assertThat(assessment.json().get("totals").get("payable").asString()).isEqualTo("43133.34");
    }
}
