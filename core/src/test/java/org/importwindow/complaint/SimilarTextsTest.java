package org.importwindow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarTextsTest {

    @Test
    void two_chinese_accounts_of_a_smoking_charger_group_and_a_scratched_screen_does_not() {
        List<List<String>> groups = SimilarTexts.group(List.of(
                "充电器充电时冒烟并烧焦", "屏幕有划痕", "充电的时候充电器冒烟，有烧焦味"), s -> s, 0.2);
        assertThat(groups).containsExactly(
                List.of("充电器充电时冒烟并烧焦", "充电的时候充电器冒烟，有烧焦味"), List.of("屏幕有划痕"));
    }

    @Test
    void english_re_phrasings_group_and_an_unrelated_complaint_stays_alone() {
        assertThat(SimilarTexts.similarity("Charger overheated and started smoking while charging",
                "The charger started smoking and overheated during charging")).isGreaterThan(0.6);
        assertThat(SimilarTexts.similarity("Charger overheated and started smoking while charging",
                "Screen arrived scratched")).isZero();
    }

    @Test
    void mixed_text_shares_shingles_across_the_scripts() {
        assertThat(SimilarTexts.shingles("USB充电器 overheats")).contains("usb", "充电", "电器", "overheat");
    }
}
