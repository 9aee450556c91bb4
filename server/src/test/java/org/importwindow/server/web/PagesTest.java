package org.importwindow.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.importwindow.assessment.Assessor;
import org.importwindow.assessment.InvalidRequestException;
import org.importwindow.assessment.Violation;
import org.importwindow.server.tariff.TariffCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages over MockMvc against a hand-made tariff: every page in Chinese and English, the commodity page's
 * measures, search, the calculator's error summary and result. Security filters are left out: access rules belong
 * to the security configuration and are tested with it.
 */
@WebMvcTest(controllers = {HomePageController.class, TariffPageController.class, CalculatorPageController.class,
        CountryPageController.class})
@AutoConfigureMockMvc(addFilters = false)
@Import({PagesTest.Tariff.class, AsOfDate.class})
class PagesTest {

    @TestConfiguration
    static class Tariff {
        @Bean
        Assessor assessor() {
            return mock(Assessor.class);
        }

        @Bean
        TariffCatalogue tariffCatalogue(Assessor assessor) {
            return new TariffCatalogue(SmallTariff.snapshot(assessor));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Assessor assessor;

    @BeforeEach
    void resetAssessor() {
        reset(assessor);
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/", "进口关税和税费，一目了然", "Import duties and taxes, explained"),
                Arguments.of("/tariff", "<h1>税则</h1>", "<h1>The tariff</h1>"),
                Arguments.of("/tariff/sections/IV", "饮料、酒及醋", "beverages, spirits and vinegar"),
                Arguments.of("/tariff/chapters/22", "归入此处的商品", "Goods classified here"),
                Arguments.of("/tariff/commodities/22042100?date=2026-03-16", "2026-03-16 有效的措施",
                        "Measures in force on 2026-03-16"),
                Arguments.of("/tariff/search?q=2204", "搜索税则", "Search the tariff"),
                Arguments.of("/calculator", "<h1>税费计算器</h1>", "<h1>Duty and tax calculator</h1>"),
                Arguments.of("/countries", "<h1>国家（地区）</h1>", "<h1>Countries and territories</h1>"),
                Arguments.of("/countries/AU?date=2026-03-16", "2026-03-16 可适用的优惠安排",
                        "Preferential arrangements on 2026-03-16"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void every_page_reads_in_chinese_and_in_english_with_a_switch_to_the_other(String path, String zh, String en)
            throws Exception {
        mvc.perform(get(path).param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(zh), containsString("lang=\"zh-Hans\""),
                        containsString(">English</a>"), containsString("href=\"#main\""))));
        mvc.perform(get(path).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(en), containsString("<html lang=\"en\""),
                        containsString(">中文</a>"))));
    }

    @Test
    void a_visitor_who_states_no_language_gets_chinese_and_one_who_asks_for_english_gets_english() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(containsString("进口关税和税费")));
        mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(containsString("Import duties and taxes")));
        mvc.perform(get("/").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("进口关税和税费")));
    }

    @Test
    void the_language_chosen_is_remembered_in_a_cookie_and_the_switch_keeps_the_query() throws Exception {
        mvc.perform(get("/tariff/search").param("q", "wine").param("lang", "en"))
                .andExpect(cookie().value(WebLocaleConfiguration.COOKIE, "en"))
                .andExpect(content().string(containsString("href=\"/tariff/search?q=wine&amp;lang=zh\"")));
    }

    @Test
    void the_commodity_page_lists_the_measures_in_force_grouped_by_type_with_areas_rates_and_legal_acts()
            throws Exception {
        mvc.perform(get("/tariff/commodities/22042100").param("date", "2026-03-16").param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"measures-MFN\""), containsString("最惠国税率"),
                        containsString("适用最惠国待遇的国家（地区）"), containsString(">14%<"),
                        containsString("id=\"measures-CONVENTIONAL\""), containsString("协定税率"),
                        containsString("《中华人民共和国政府和澳大利亚政府自由贸易协定》"),
                        containsString("提交协定项下原产地证明"),
                        containsString("id=\"measures-CONSUMPTION_TAX\""), containsString("设于 2204"),
                        containsString("税委会公告2025年第11号 — 关于2026年关税调整方案的公告"),
                        containsString("鲜葡萄酿造的酒"))));
        mvc.perform(get("/tariff/commodities/22042100").param("date", "2026-03-16").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("MFN rate"), containsString("Conventional rate"),
                        containsString("China-Australia Free Trade Agreement"),
                        containsString("Proof of origin under the agreement"))));
    }

    @Test
    void before_the_measures_came_into_force_the_commodity_page_says_there_are_none() throws Exception {
        mvc.perform(get("/tariff/commodities/22042100").param("date", "2025-12-31").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("id=\"no-measures\""),
                        not(containsString("id=\"measures-MFN\"")))));
    }

    @Test
    void an_unknown_code_answers_not_found_with_a_way_to_search() throws Exception {
        mvc.perform(get("/tariff/commodities/99999999").param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("/tariff/search?q=99999999")));
    }

    @Test
    void search_finds_lines_by_code_by_english_and_by_chinese_words() throws Exception {
        mvc.perform(get("/tariff/search").param("q", "22042100"))
                .andExpect(content().string(containsString("href=\"/tariff/commodities/22042100\"")));
        mvc.perform(get("/tariff/search").param("q", "葡萄酒"))
                .andExpect(content().string(containsString("href=\"/tariff/commodities/22042100\"")));
        mvc.perform(get("/tariff/search").param("q", "containers holding").param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/tariff/commodities/22042100\"")));
        mvc.perform(get("/tariff/search").param("q", "2204").header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("id=\"results\""), not(containsString("<html")))));
    }

    @Test
    void the_country_page_shows_the_arrangements_and_groups_the_country_belongs_to() throws Exception {
        mvc.perform(get("/countries/AU").param("date", "2026-03-16").param("lang", "en"))
                .andExpect(content().string(allOf(containsString("China-Australia Free Trade Agreement"),
                        containsString("Countries entitled to MFN treatment"),
                        containsString("China-Australia FTA partners"))));
        mvc.perform(get("/countries/FR").param("date", "2026-03-16").param("lang", "en"))
                .andExpect(content().string(containsString("id=\"no-arrangements\"")));
        mvc.perform(get("/countries/AU").param("date", "2010-01-01").param("lang", "en"))
                .andExpect(content().string(containsString("id=\"no-arrangements\"")));
    }

    @Test
    void a_bad_commodity_code_re_shows_the_form_with_an_error_summary_linking_to_the_field() throws Exception {
        when(assessor.assess(any())).thenThrow(new InvalidRequestException(List.of(
                new Violation("ASM-002", "items[0].commodityCode", "unknown commodity code 99999999"))));
        mvc.perform(get("/calculator/result").param("lang", "en").param("date", "2026-03-16")
                        .param("commodityCode", "99999999").param("origin", "FR").param("currency", "CNY")
                        .param("customsValue", "100000"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("<title>Error: Duty and tax calculator"),
                        containsString("href=\"#commodityCode\""), containsString("unknown commodity code 99999999"),
                        containsString("id=\"commodityCode-error\""), containsString("value=\"99999999\""),
                        containsString("aria-invalid=\"true\""))));
    }

    @Test
    void on_a_chinese_page_the_engine_violation_reads_in_chinese_with_its_code() throws Exception {
        when(assessor.assess(any())).thenThrow(new InvalidRequestException(List.of(
                new Violation("ASM-001", "items[0].commodityCode", "unknown commodity code 99999999"))));
        mvc.perform(get("/calculator/result").param("lang", "zh").param("date", "2026-03-16")
                        .param("commodityCode", "99999999").param("origin", "FR").param("customsValue", "100000"))
                .andExpect(content().string(allOf(containsString("出现了问题"),
                        containsString("税则号列不存在，请检查税号（8 位数字） (ASM-001)"),
                        containsString("href=\"#commodityCode\""))));
    }

    @Test
    void a_value_that_is_not_a_number_is_caught_before_the_engine_is_asked() throws Exception {
        mvc.perform(get("/calculator/result").param("lang", "zh").param("date", "2026-13-01")
                        .param("commodityCode", "22042100").param("origin", "FR").param("customsValue", "ten"))
                .andExpect(content().string(allOf(containsString("出现了问题"), containsString("href=\"#customsValue\""),
                        containsString("完税价格必须是数字"), containsString("href=\"#date\""),
                        containsString("value=\"ten\""))));
        verify(assessor, never()).assess(any());
    }

    @Test
    void the_result_shows_the_breakdown_and_the_total_and_no_claim_the_origin_cannot_make() throws Exception {
        when(assessor.assess(any())).thenReturn(SmallTariff.wineFromFrance());
        mvc.perform(get("/calculator/result").param("lang", "en").param("date", "2026-03-16")
                        .param("commodityCode", "22042100").param("origin", "FR").param("currency", "CNY")
                        .param("customsValue", "100000.00").param("preference", "AUTO"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("id=\"total-payable\" data-amount=\"43133.34\">43,133.34<"),
                        containsString("14,000.00"), containsString("12,666.67"), containsString("16,466.67"),
                        containsString("MFN rate"), containsString("13%"),
                        containsString("税委会公告2025年第11号 — Announcement on the 2026 tariff adjustment plan"),
                        containsString("FR is entitled to MFN treatment"),
                        containsString("conventional AU 0%: FR is not a partner"),
                        not(containsString("What if I claim AU?")))));
    }

    @Test
    void on_a_chinese_result_page_the_explanation_and_the_reasons_read_in_chinese() throws Exception {
        // the engine itself on the hand-made tariff, so that the sentences are the ones it words
        TariffCatalogue.Snapshot small = SmallTariff.snapshot(assessor);
        Assessor engine = new Assessor(small.schedule(), small.reference(), (currency, date) -> Optional.empty(),
                (id, date) -> new BigDecimal("50"));
        when(assessor.assess(any())).thenAnswer(call -> engine.assess(call.getArgument(0)));
        mvc.perform(get("/calculator/result").param("lang", "zh").param("date", "2026-03-16")
                        .param("commodityCode", "22042100").param("origin", "AU").param("currency", "CNY")
                        .param("customsValue", "100000.00").param("preference", "AUTO"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("关税 14000.00 元：最惠国税率 14%（TCC-2025-11（税委会公告2025年第11号），"
                                + "2026-01-01起施行），因为原产于 AU 的货物适用最惠国待遇。"),
                        containsString("未采用：协定税率 AU 0%：未申报原产地证明。"),
                        containsString(">协定税率 AU 0%：未申报原产地证明<"),
                        containsString("消费税 12666.67 元"),
                        not(containsString("Passed over")), not(containsString("no proof of origin declared")))));
        mvc.perform(get("/calculator/result").param("lang", "en").param("date", "2026-03-16")
                        .param("commodityCode", "22042100").param("origin", "AU").param("currency", "CNY")
                        .param("customsValue", "100000.00").param("preference", "AUTO"))
                .andExpect(content().string(allOf(containsString("Duty 14000.00 CNY: MFN 14%"),
                        containsString("Passed over conventional AU 0%: no proof of origin declared."),
                        not(containsString("未采用")))));
    }

    @Test
    void an_origin_that_could_claim_an_arrangement_gets_a_what_if_link_that_claims_it_with_proof() throws Exception {
        when(assessor.assess(any())).thenReturn(SmallTariff.wineWithoutProofOfOrigin("AU"));
        mvc.perform(get("/calculator/result").param("lang", "en").param("date", "2026-03-16")
                        .param("commodityCode", "22042100").param("origin", "AU").param("currency", "CNY")
                        .param("customsValue", "100000.00").param("preference", "AUTO"))
                .andExpect(content().string(allOf(containsString("no proof of origin declared"),
                        containsString("What if I claim AU?"),
                        containsString("origin=AU&amp;customsValue=100000.00&amp;preference=AU&amp;proofOfOrigin=true"),
                        containsString("Without any preference"))));
    }

    @Test
    void violation_paths_point_at_form_fields() {
        assertThat(CalculatorPageController.fieldFor("items[0].commodityCode")).isEqualTo("commodityCode");
        assertThat(CalculatorPageController.fieldFor("items[0].origin")).isEqualTo("origin");
        assertThat(CalculatorPageController.fieldFor("currency")).isEqualTo("currency");
        assertThat(CalculatorPageController.fieldFor("items[0].attributes.cylinderCapacityLitres"))
                .isEqualTo("cylinderCapacityLitres");
        assertThat(CalculatorPageController.fieldFor("items[0].attributes.alcohol")).isEqualTo("otherAttributes");
        assertThat(CalculatorPageController.fieldFor("items")).isEqualTo("commodityCode");
        assertThat(CalculatorPageController.fieldFor("somethingElse")).isNull();
        assertThat(CalculatorPageController.fieldFor(null)).isNull();
    }
}
