package org.importwindow.server.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.importwindow.enterprise.UnifiedSocialCreditCode;
import org.importwindow.server.HttpClientSupport.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/** The declaration API on the embedded H2 database, plus what only needs checking once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:declarations-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DeclarationApiOverHttpTest extends DeclarationScenarios {

    @Test
    void each_declarant_sees_only_their_own_enterprise() {
        JsonNode a = api.get("declarant-a", "/api/v1/enterprises/mine").json();
        assertThat(a.size()).isEqualTo(1);
        assertThat(a.get(0).get("uscc").asString()).isEqualTo(A);
        assertThat(a.get(0).get("customsCode").asString()).hasSize(10);
        assertThat(a.get(0).get("name").asString()).isNotBlank();
        assertThat(a.get(0).get("creditLevel").asString()).isEqualTo("ORDINARY");
        assertThat(UnifiedSocialCreditCode.isValid(a.get(0).get("uscc").asString())).isTrue();
        JsonNode b = api.get("declarant-b", "/api/v1/enterprises/mine").json();
        assertThat(b.get(0).get("uscc").asString()).isEqualTo(B);
        assertThat(api.get("officer", "/api/v1/enterprises/mine").json().size()).isZero();
    }

    @Test
    void a_declaration_with_errors_is_refused_with_every_error_in_chinese_and_english() {
        Answer a = api.post("declarant-a", "/api/v1/declarations", """
                {"reference":"","importer":"%s","declarationDate":"16/03/2026","currency":"CNY",
                 "items":[{"commodityCode":"99999999","origin":"AU","quantity":"x","unit":"LTR","value":"abc"}]}
                """.formatted(A));
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        List<String> paths = new ArrayList<>();
        a.json().get("errors").forEach(e -> {
            paths.add(e.get("path").asString());
            assertThat(e.get("code").asString()).isNotBlank();
            assertThat(e.get("message").asString()).isNotBlank();
            assertThat(e.get("messageZh").asString()).isNotBlank();
        });
        assertThat(paths).contains("reference", "declarationDate", "items[0].value", "items[0].quantity");
        assertThat(db.sql("select count(*) from declaration where importer = ? and reference = ''").param(A)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_bearer_token_issued_to_a_declarant_works_like_their_password() {
        Answer issued = api.post("declarant-b", "/api/v1/tokens", "{\"label\":\"erp\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String token = issued.json().get("token").asString();
        assertThat(db.sql("select count(*) from api_token where token_hash = ?").param(token).query(Long.class)
                .single()).as("only the hash is stored").isZero();
        Answer mine = api.get("Bearer " + token, "/api/v1/enterprises/mine");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get(0).get("uscc").asString()).isEqualTo(B);
        Answer lodged = api.post("Bearer " + token, "/api/v1/declarations", Api.wine(reference("B"), B));
        assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
    }

    @Test
    void the_openapi_document_has_the_declaration_endpoints_and_both_security_schemes() {
        JsonNode doc = api.get(null, "/v3/api-docs").json();
        JsonNode paths = doc.get("paths");
        for (String p : List.of("/api/v1/declarations", "/api/v1/declarations/{id}", "/api/v1/declarations/{id}/events",
                "/api/v1/declarations/{id}/amendments", "/api/v1/declarations/{id}/cancellation",
                "/api/v1/declarations/{id}/payments", "/api/v1/officer/queue",
                "/api/v1/officer/declarations/{id}/decision", "/api/v1/audit/verify", "/api/v1/enterprises/mine")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        JsonNode schemes = doc.get("components").get("securitySchemes");
        assertThat(schemes.get("basic").get("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.get("bearer").get("scheme").asString()).isEqualTo("bearer");
    }
}
