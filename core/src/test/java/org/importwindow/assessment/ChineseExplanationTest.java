package org.importwindow.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A Chinese customs broker reads the same explanation and reasons in Chinese: every sentence the engine words has a
 * Chinese form, the English API text stays as it was, and each language is worded on its own.
 */
class ChineseExplanationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 16);
    /** English words and units that must not leak into a Chinese sentence. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|of|is|for|on|not|rate|duty|applied|because|Passed|over|in force|CNY|yuan|origin|goods|tax|VAT"
                    + "|MFN|conventional|provisional|general|claimed|proof|lower)\\b");
    private static final Pattern LEGAL_ACT_ID = Pattern.compile("\\b[A-Z][A-Z0-9]*(-[A-Z0-9]+)+\\b");
    private final Assessor assessor = TestTariff.assessor();

    private static ItemRequest item(String code, String origin, String value, String preference, boolean proof) {
        return new ItemRequest(code, origin, new BigDecimal(value), null, null, preference, proof, false, Map.of());
    }

    private Assessment assess(String currency, ItemRequest item) {
        return assessor.assess(new AssessmentRequest(DAY, currency, List.of(item)));
    }

    private ItemAssessment one(ItemRequest item) {
        return assess(null, item).items().get(0);
    }

    private static Alternative arrangement(ItemAssessment a, String code) {
        return a.alternatives().stream().filter(alt -> code.equals(alt.arrangement())).findFirst().orElseThrow();
    }

    @Test
    void wine_from_australia_with_proof_of_origin_is_explained_in_chinese_by_the_conventional_rate() {
        ItemAssessment a = one(item("22042100", "AU", "100000", "AUTO", true));
        List<String> zh = a.explanation("zh");
        assertThat(zh.get(0)).startsWith("关税 0.00 元：协定税率 AU 0%（TCC-2025-11（税委会公告2025年第11号），2018-01-01起施行）")
                .contains("因为这是可适用的最低税率：原产于 AU 并已申报原产地证明的货物适用 AU 项下的协定税率")
                .endsWith("。");
        assertThat(arrangement(a, "AU").reason(Language.ZH)).startsWith("协定税率 AU 0%：予以适用，");
        assertThat(a.alternatives()).anySatisfy(alt -> assertThat(alt.reason("zh"))
                .isEqualTo("最惠国税率 14%：税额 14000.00 元，不低于所适用税率的税额"));
        assertThat(String.join("", zh)).contains("消费税 11111.11 元：10%，按组成计税价格（完税价格＋关税）÷（1－消费税比例税率）计征")
                .contains("进口环节增值税 14444.44 元：13%，计税价格为完税价格＋关税＋消费税＝111111.11 元");
    }

    @Test
    void without_proof_of_origin_the_chinese_reason_says_none_was_declared_and_english_is_unchanged() {
        ItemAssessment a = one(item("22042100", "AU", "100000", "AUTO", false));
        Alternative chafta = arrangement(a, "AU");
        assertThat(chafta.reason(Language.ZH)).isEqualTo("协定税率 AU 0%：未申报原产地证明");
        assertThat(chafta.reason()).isEqualTo("conventional AU 0%: no proof of origin declared");
        assertThat(a.explanation(Language.ZH)).contains("未采用：协定税率 AU 0%：未申报原产地证明。");
        assertThat(a.explanation(Language.ZH).get(0))
                .isEqualTo("关税 14000.00 元：最惠国税率 14%（TCC-2025-11（税委会公告2025年第11号），2018-01-01起施行），"
                        + "因为原产于 AU 的货物适用最惠国待遇。");
        assertThat(a.explanation().get(0)).startsWith("Duty 14000.00 CNY: MFN 14% (TCC-2025-11");
        assertThat(a.explanation()).isEqualTo(a.explanation("en"));
    }

    @Test
    void a_waived_duty_is_explained_in_chinese_with_the_threshold_and_its_legal_basis() {
        Assessment a = assess(null, item("22042100", "FR", "200", "AUTO", false));
        assertThat(a.totals().waived()).contains("duty");
        assertThat(a.explanation("zh")).anySatisfy(line -> assertThat(line)
                .startsWith("本票货物关税 28.00 元，在 50 元及以下，予以免征（关税法：《中华人民共和国关税法》")
                .endsWith("）。"));
        assertThat(a.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("Duty of 28.00 CNY on this consignment is waived"));
    }

    @Test
    void a_value_in_a_foreign_currency_is_converted_in_chinese_at_the_customs_rate() {
        Assessment a = assess("JPY", item("22042100", "FR", "12345", "AUTO", false));
        assertThat(a.items().get(0).explanation("zh").get(0)).contains("完税价格 12345 JPY").contains("100 JPY")
                .endsWith("折合 592.56 元。");
    }

    @Test
    void every_sentence_and_reason_the_engine_words_has_a_chinese_form() {
        List<Assessment> answers = new ArrayList<>();
        answers.add(assess(null, item("22042100", "AU", "100000", "AUTO", true)));
        answers.add(assess(null, item("22042100", "AU", "100000", "AUTO", false)));
        answers.add(assess(null, item("22042100", "AU", "100000", "NONE", true)));
        answers.add(assess(null, item("22042100", "AU", "100000", "AU", false)));
        answers.add(assess(null, item("22042100", "FR", "100000", "AU", true)));
        answers.add(assess(null, item("22042100", "FR", "100000", "JPR", true)));
        answers.add(assess(null, item("22042100", "US", "100000", "AUTO", false)));
        answers.add(assess(null, item("22042100", "ZZ", "100000", "AUTO", false)));
        answers.add(assess(null, item("22042100", "FR", "200", "AUTO", false)));
        answers.add(assess("JPY", item("22042100", "FR", "12345", "AUTO", false)));
        answers.add(assess(null, item("84715040", "KP", "100000", "AUTO", false)));
        answers.add(assess(null, item("84715040", "KR", "100000", "KR", true)));
        answers.add(assess(null, item("84715040", "KR", "100000", "AUTO", true)));
        answers.add(assess(null, item("84715040", "FR", "100000", "AUTO", false)));
        answers.add(assess(null, item("10019900", "AU", "100000", "AUTO", false)));
        answers.add(assess(null, new ItemRequest("10019900", "AU", new BigDecimal("100000"), null, null, "AUTO",
                false, true, Map.of())));
        answers.add(assess(null, item("02013000", "ET", "100000", "AUTO", true)));
        answers.add(assess(null, new ItemRequest("87032342", "JP", new BigDecimal("100000"), null, null, "AUTO",
                false, false, Map.of("cylinderCapacityLitres", "1.8", "batteryElectric", "false"))));
        answers.add(assess(null, new ItemRequest("24022000", "FR", new BigDecimal("100000"), new BigDecimal("2000"),
                "STICK", "AUTO", false, false, Map.of())));
        int sentences = 0;
        for (Assessment a : answers) {
            List<String> lines = new ArrayList<>(a.explanation("zh"));
            for (ItemAssessment i : a.items()) {
                lines.addAll(i.explanation("zh"));
                i.alternatives().forEach(alt -> lines.add(alt.reason("zh")));
            }
            for (String line : lines) {
                // legal act ids (VAT-39, TCC-2025-11) are codes, not English words
                assertThat(LEGAL_ACT_ID.matcher(line).replaceAll("")).as(line).containsPattern("\\p{IsHan}")
                        .doesNotContainPattern(ENGLISH);
                sentences++;
            }
        }
        assertThat(sentences).isGreaterThan(100);
    }

    @Test
    void english_and_chinese_are_cached_apart_so_reading_one_never_changes_the_other() {
        ItemAssessment a = one(item("22042100", "AU", "100000", "AUTO", false));
        String zhFirst = a.explanation(Language.ZH).get(0);
        String en = a.explanation().get(0);
        assertThat(en).startsWith("Duty ");
        assertThat(a.explanation(Language.ZH).get(0)).isSameAs(zhFirst);
        assertThat(a.explanation().get(0)).isSameAs(en);
        Alternative chafta = arrangement(a, "AU");
        assertThat(chafta.reason("zh")).isNotEqualTo(chafta.reason());
    }

    @Test
    void a_hand_made_explanation_reads_the_same_in_every_language() {
        ItemAssessment hand = one(item("22042100", "FR", "100", "AUTO", false));
        ItemAssessment copy = new ItemAssessment(hand.index(), hand.commodityCode(), hand.origin(),
                hand.customsValueCny(), hand.duty(), hand.additionalDuties(), hand.consumptionTax(), hand.vat(),
                List.of("stored text"), hand.alternatives());
        assertThat(copy.explanation("zh")).containsExactly("stored text");
        assertThat(Language.of("zh-CN")).isEqualTo(Language.ZH);
        assertThat(Language.of("zh_Hans")).isEqualTo(Language.ZH);
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of((String) null)).isEqualTo(Language.EN);
        assertThat(Language.of("zha")).isEqualTo(Language.EN);
    }
}
