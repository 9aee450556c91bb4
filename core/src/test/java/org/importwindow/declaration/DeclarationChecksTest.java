package org.importwindow.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.declaration.World.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One scenario per rule code DEC-001..022, and all errors at once. */
class DeclarationChecksTest {

    private static List<DeclarationError> errors(DeclarationRequest r) {
        return DeclarationChecks.errors(r, CONTEXT);
    }

    private static DeclarationRequest header(String tradeMode, String transportMode, String terms, String currency,
                                             String dispatch, String importer) {
        DeclarationRequest w = wineFromAustralia("R-1");
        return new DeclarationRequest(w.reference(), importer, w.declarationDate(), tradeMode, transportMode,
                w.portOfEntry(), dispatch, terms, currency, w.freight(), w.insurance(), w.licences(), null, w.items());
    }

    private static DeclarationRequest one(DeclarationItemRequest item) {
        return declaration("R-1", "CIF", "CNY", List.of(item));
    }

    private static void assertOnly(List<DeclarationError> errors, String code, String path) {
        assertThat(errors).extracting(DeclarationError::code).containsExactly(code);
        assertThat(errors.get(0).path()).isEqualTo(path);
        assertThat(errors.get(0).messageEn()).isNotBlank();
        assertThat(errors.get(0).messageZh()).isNotBlank();
    }

    @Test
    void the_issues_example_of_australian_wine_passes_every_check() {
        assertThat(errors(wineFromAustralia("A-2026-0001"))).isEmpty();
        assertThat(DeclarationChecks.check(wineFromAustralia("A-2026-0001"), CONTEXT)).isEmpty();
    }

    @Test
    void dec_001_a_missing_trade_mode_is_reported_with_its_path() {
        assertOnly(errors(header(null, "2", "CIF", "CNY", "AU", wineFromAustralia("x").importer())),
                "DEC-001", "tradeMode");
    }

    @Test
    void dec_002_an_unknown_trade_mode_is_refused() {
        assertOnly(errors(header("9999", "2", "CIF", "CNY", "AU", wineFromAustralia("x").importer())),
                "DEC-002", "tradeMode");
    }

    @Test
    void dec_003_an_unknown_mode_of_transport_is_refused() {
        assertOnly(errors(header("0110", "Q", "CIF", "CNY", "AU", wineFromAustralia("x").importer())),
                "DEC-003", "transportMode");
    }

    @Test
    void dec_004_ex_works_is_not_a_term_of_price_of_the_declaration() {
        assertOnly(errors(header("0110", "2", "EXW", "CNY", "AU", wineFromAustralia("x").importer())),
                "DEC-004", "priceTerms");
    }

    @Test
    void dec_005_an_unknown_currency_is_refused() {
        assertOnly(errors(header("0110", "2", "CIF", "ABC", "AU", wineFromAustralia("x").importer())),
                "DEC-005", "currency");
    }

    @Test
    void dec_006_an_unknown_country_of_dispatch_is_refused() {
        assertOnly(errors(header("0110", "2", "CIF", "CNY", "QQ", wineFromAustralia("x").importer())),
                "DEC-006", "countryOfDispatch");
        DeclarationItemRequest w = wine();
        assertOnly(errors(one(new DeclarationItemRequest(w.commodityCode(), w.description(), "QQ", w.quantity(),
                w.unit(), w.value(), "AUTO", null, Map.of()))), "DEC-006", "items[0].origin");
    }

    @Test
    void dec_007_an_importer_code_with_a_wrong_check_character_is_refused() {
        assertOnly(errors(header("0110", "2", "CIF", "CNY", "AU", "91350100M000100Y44")), "DEC-007", "importer");
    }

    @Test
    void dec_008_a_declaration_without_goods_is_refused() {
        assertOnly(errors(declaration("R-1", "CIF", "CNY", List.of())), "DEC-008", "items");
    }

    @Test
    void dec_009_an_item_without_description_is_refused() {
        DeclarationItemRequest w = wine();
        assertOnly(errors(one(new DeclarationItemRequest(w.commodityCode(), " ", "AU", w.quantity(), w.unit(),
                w.value(), "AUTO", null, Map.of()))), "DEC-009", "items[0].description");
    }

    @Test
    void dec_010_an_unknown_commodity_code_is_refused() {
        assertOnly(errors(one(item("99999999", "AU", "1", "KGM", "100"))), "DEC-010", "items[0].commodityCode");
    }

    @Test
    void dec_011_a_heading_is_not_declarable() {
        assertOnly(errors(one(item("2204", "AU", "900", "LTR", "100"))), "DEC-011", "items[0].commodityCode");
    }

    @Test
    void dec_012_wine_cannot_be_declared_in_pieces_nor_in_an_unknown_unit() {
        assertOnly(errors(one(item("22042100", "AU", "900", "PCE", "100"))), "DEC-012", "items[0].unit");
        assertOnly(errors(one(item("22042100", "AU", "900", "FOO", "100"))), "DEC-012", "items[0].unit");
        DeclarationItemRequest withLitres = new DeclarationItemRequest("22042100", "wine", "AU", BigDecimal.TEN,
                "PCE", BigDecimal.TEN, "AUTO", null, null, Map.of(), new BigDecimal("7.5"), "LTR");
        assertThat(errors(one(withLitres))).isEmpty();
    }

    @Test
    void dec_013_zero_quantity_and_negative_value_are_refused() {
        List<DeclarationError> e = errors(one(item("22042100", "AU", "0", "LTR", "-5")));
        assertThat(e).extracting(DeclarationError::code).containsOnly("DEC-013");
        assertThat(e).extracting(DeclarationError::path).containsExactly("items[0].quantity", "items[0].value");
    }

    @Test
    void dec_014_item_values_must_add_up_to_the_declared_total() {
        DeclarationRequest r = declaration("R-1", "CIF", "CNY", List.of(wine(), item("22042100", "AU", "10", "LTR",
                "500.00")));
        assertThat(errors(withHeader(r, null, null, r.freight(), r.insurance(), List.of(),
                new BigDecimal("100500")))).isEmpty();
        assertOnly(errors(withHeader(r, null, null, r.freight(), r.insurance(), List.of(),
                new BigDecimal("100000"))), "DEC-014", "totalValue");
    }

    @Test
    void dec_015_fob_values_need_the_freight() {
        DeclarationRequest r = declaration("R-1", "FOB", "CNY", List.of(wine()));
        assertOnly(errors(withHeader(r, null, null, null, null, List.of(), null)), "DEC-015", "freight");
        assertOnly(errors(withHeader(r, null, null, BigDecimal.ONE, new BigDecimal("-1"), List.of(), null)),
                "DEC-015", "insurance");
    }

    @Test
    void dec_016_a_currency_without_a_customs_rate_that_month_is_refused() {
        assertOnly(errors(declaration("R-1", "CIF", "OMR", List.of(wine()))), "DEC-016", "currency");
        assertThat(errors(declaration("R-1", "CIF", "USD", List.of(wine())))).isEmpty();
    }

    @Test
    void dec_017_a_passenger_car_needs_an_automatic_import_licence() {
        DeclarationRequest car = declaration("R-1", "CIF", "CNY", List.of(item("87032341", "DE", "1", "PCE",
                "300000")));
        assertOnly(errors(car), "DEC-017", "licences");
        assertThat(errors(withHeader(car, null, null, car.freight(), car.insurance(),
                List.of("AUTO_IMPORT:2026-310000-0001"), null))).isEmpty();
        assertOnly(errors(withHeader(car, null, null, car.freight(), car.insurance(), List.of("OTHER:1"), null)),
                "DEC-017", "licences");
    }

    @Test
    void dec_018_aquatic_products_of_japan_are_prohibited() {
        assertOnly(errors(one(item("03019190", "JP", "100", "KGM", "5000"))), "DEC-018", "items[0].commodityCode");
        assertThat(errors(one(item("03019190", "NO", "100", "KGM", "5000")))).isEmpty();
    }

    @Test
    void dec_019_beef_from_a_country_not_approved_for_market_access_is_refused() {
        assertOnly(errors(one(item("02011000", "IN", "1000", "KGM", "80000"))), "DEC-019", "items[0].origin");
        assertThat(errors(one(item("02011000", "AU", "1000", "KGM", "80000")))).isEmpty();
        assertOnly(errors(one(item("02071200", "NZ", "1000", "KGM", "20000"))), "DEC-019", "items[0].origin");
    }

    @Test
    void dec_020_the_in_quota_rate_needs_a_quota_certificate_on_a_quota_line() {
        DeclarationItemRequest wheat = new DeclarationItemRequest("10011900", "wheat", "AU", new BigDecimal("1000"),
                "KGM", new BigDecimal("3000"), "IN_QUOTA", null, Map.of());
        assertOnly(errors(one(wheat)), "DEC-020", "items[0].quotaCertificate");
        DeclarationItemRequest certified = new DeclarationItemRequest("10011900", "wheat", "AU",
                new BigDecimal("1000"), "KGM", new BigDecimal("3000"), "IN_QUOTA", null, "TRQ-2026-1", Map.of(),
                null, null);
        assertThat(errors(one(certified))).isEmpty();
        DeclarationItemRequest wineInQuota = new DeclarationItemRequest("22042100", "wine", "AU", BigDecimal.TEN,
                "LTR", BigDecimal.TEN, "IN_QUOTA", null, "TRQ-2026-1", Map.of(), null, null);
        assertOnly(errors(one(wineInQuota)), "DEC-020", "items[0].preference");
    }

    @Test
    void dec_021_an_unknown_preference_is_refused() {
        DeclarationItemRequest w = wine();
        assertOnly(errors(one(new DeclarationItemRequest(w.commodityCode(), w.description(), "AU", w.quantity(),
                w.unit(), w.value(), "XX", null, Map.of()))), "DEC-021", "items[0].preference");
    }

    @Test
    void dec_023_fifty_goods_items_may_be_declared_on_one_declaration_fifty_one_must_be_split() {
        DeclarationItemRequest wine = wineFromAustralia("R-1").items().get(0);
        List<DeclarationItemRequest> fifty = java.util.Collections.nCopies(50, wine);
        assertThat(errors(declaration("R-50", "CIF", "CNY", fifty))).isEmpty();
        List<DeclarationItemRequest> fiftyOne = java.util.Collections.nCopies(51, wine);
        assertOnly(errors(declaration("R-51", "CIF", "CNY", fiftyOne)), "DEC-023", "items");
    }

    @Test
    void dec_022_a_full_declaration_names_its_summary_and_kinds_are_known() {
        DeclarationRequest r = wineFromAustralia("R-1");
        assertOnly(errors(withHeader(r, "TWO_STEP_FULL", null, r.freight(), r.insurance(), List.of(), null)),
                "DEC-022", "summaryReference");
        assertOnly(errors(withHeader(r, "ONE_STEP", null, r.freight(), r.insurance(), List.of(), null)),
                "DEC-022", "declarationKind");
    }

    @Test
    void every_error_of_a_bad_declaration_is_reported_at_once() {
        DeclarationRequest bad = new DeclarationRequest(" ", "123", DAY, "9999", null, "2201", "AU", "FOB", "CNY",
                null, null, List.of(), null, List.of(item("2204", "QQ", "0", "LTR", "1"), item("02011000", "IN",
                "1", "KGM", "10")));
        assertThat(errors(bad)).extracting(DeclarationError::code).contains("DEC-001", "DEC-007", "DEC-002",
                "DEC-015", "DEC-011", "DEC-006", "DEC-013", "DEC-019");
    }

    @Test
    void every_rule_code_is_unique_and_has_both_titles() {
        assertThat(DeclarationRule.values()).extracting(DeclarationRule::code).doesNotHaveDuplicates();
        assertThat(DeclarationRule.values()).allMatch(r -> !r.titleEn().isBlank() && !r.titleZh().isBlank());
    }
}
