package org.importwindow.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule codes in docs/declaration-rules.md are the ones the checks and the workflow use, worded the same. */
class DeclarationRulesDocumentedTest {

    @Test
    void every_rule_code_is_documented_with_its_english_and_chinese_title() throws IOException {
        Path doc = Path.of("..", "docs", "declaration-rules.md");
        List<String> lines = Files.readAllLines(doc);
        for (DeclarationRule rule : DeclarationRule.values()) {
            assertThat(lines).as(rule.code()).contains("| " + rule.code() + " | " + rule.titleEn() + " | "
                    + rule.titleZh() + " |");
        }
    }

    @Test
    void a_message_about_a_goods_item_names_it_by_its_number_on_the_form() {
        DeclarationError e = DeclarationRule.DEC_013.error("items[1].quantity", "the quantity must be greater than zero",
                "数量必须大于零");
        assertThat(e.messageEn()).isEqualTo("Goods item 2: the quantity must be greater than zero");
        assertThat(e.messageZh()).isEqualTo("第 2 项商品：数量必须大于零");
        assertThat(DeclarationRule.DEC_005.error("currency", "unknown currency XYZ", "币制XYZ不存在").messageEn())
                .isEqualTo("Unknown currency XYZ");
    }
}
