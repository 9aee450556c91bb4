package org.importwindow.server.ecommerce;

import org.springframework.boot.test.context.SpringBootTest;

/** The cross-border e-commerce scenarios on the embedded H2 database (the default runtime). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:cbec-api;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1", "importwindow.cbec.max-message-bytes=300000"})
class CbecApiOverHttpTest extends CbecScenarios {

    @org.junit.jupiter.api.Test
    void an_oversized_message_is_refused_unread_and_stores_nothing() {
        Purchase p = new Purchase(buyer()).coffee("1", "100");
        String order = p.orderXml();
        String big = order.replace("<ceb:note></ceb:note>", "<ceb:note>" + "x".repeat(400_000) + "</ceb:note>");
        Answer a = send(Purchase.PLATFORM, big);
        org.assertj.core.api.Assertions.assertThat(a.status()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(a.body()).contains("CEB-004");
        org.assertj.core.api.Assertions.assertThat(db.sql("select count(*) from cbec_order where order_no = ?")
                .param(p.orderNo).query(Long.class).single()).isZero();
    }
}
