package org.importwindow.nomenclature.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BundledNomenclatureTest {
    static Nomenclature nomenclature;

    @BeforeAll
    static void load() {
        nomenclature = NomenclatureLoader.loadBundled();
    }

    @Test
    void wine_line_22042100_is_declarable_under_chapter_22_heading_2204_subheading_220421() {
        Commodity wine = nomenclature.commodity("22042100").orElseThrow();
        assertThat(wine.declarable()).isTrue();
        assertThat(wine.section()).isEqualTo("IV");
        assertThat(nomenclature.ancestors("22042100")).extracting(Commodity::code)
                .containsExactly("22", "2204", "220421");
        assertThat(wine.descriptionZh()).isEqualTo("装入2升及以下容器的");
        assertThat(wine.descriptionEn()).containsIgnoringCase("wine");
        assertThat(nomenclature.commodity("22").orElseThrow().descriptionZh()).isEqualTo("饮料、酒及醋");
    }

    @Test
    void hs_nodes_above_national_lines_are_not_declarable() {
        assertThat(nomenclature.commodity("2204").orElseThrow().declarable()).isFalse();
        assertThat(nomenclature.commodity("220421").orElseThrow().declarable()).isFalse();
        // a subheading the sample does not reach is still no place to declare goods
        assertThat(nomenclature.commodity("010121").orElseThrow().declarable()).isFalse();
        assertThat(nomenclature.all().stream().filter(Commodity::declarable))
                .allMatch(c -> c.code().length() == 8).hasSize(200);
    }

    @Test
    void a_trader_finds_the_wine_line_by_english_and_chinese_words() {
        assertThat(nomenclature.search("wine", 50)).extracting(Commodity::code).contains("22042100")
                .as("'wine' is a word, not part of 'swine'").doesNotContain("0103", "0203");
        assertThat(nomenclature.search("葡萄酒", 50)).extracting(Commodity::code).contains("22042100");
        assertThat(nomenclature.search("2204 21", 50)).extracting(Commodity::code).contains("22042100");
    }

    @Test
    void tree_has_21_sections_with_chinese_titles_and_all_hs_chapters() {
        assertThat(nomenclature.sections()).hasSize(21)
                .allSatisfy(s -> assertThat(s.nameZh()).isNotBlank());
        assertThat(nomenclature.section("I").orElseThrow().nameEn()).isEqualTo("Live animals; animal products");
        assertThat(nomenclature.chapters("IV")).extracting(Commodity::code).contains("22", "24");
        assertThat(nomenclature.commodity("99")).isEmpty();
        assertThat(nomenclature.commodity("TOTAL")).isEmpty();
        List<Commodity> chapters = nomenclature.all().stream().filter(c -> c.level() == 2).toList();
        assertThat(chapters).hasSize(96).allSatisfy(c -> assertThat(c.descriptionZh()).isNotBlank());
    }

    @Test
    void heading_names_come_from_the_sample_path_only_when_unambiguous() {
        assertThat(nomenclature.commodity("0201").orElseThrow().descriptionZh()).isEqualTo("鲜、冷牛肉");
        // 02.07 rows start their path with "鸡" or "火鸡": subheading groups, not the heading's text
        assertThat(nomenclature.commodity("0207").orElseThrow().descriptionZh()).isNull();
    }

    @Test
    void residual_other_lines_read_with_their_context() {
        Commodity other = nomenclature.commodity("02031900").orElseThrow();
        assertThat(other.descriptionZh()).isEqualTo("鲜或冷的：其他");
        assertThat(other.descriptionEn()).endsWith("— other");
    }
}
