package org.importwindow.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnifiedSocialCreditCodeTest {

    @Test
    void the_check_character_of_a_published_code_is_computed_as_gb_32100_says() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void the_demo_importers_have_valid_codes_and_customs_codes() {
        for (Enterprise e : DemoEnterprises.all()) {
            assertThat(UnifiedSocialCreditCode.isValid(e.uscc())).as(e.uscc()).isTrue();
            assertThat(CustomsCode.isValid(e.customsCode())).as(e.customsCode()).isTrue();
        }
    }

    @Test
    void a_wrong_check_character_is_refused_and_the_right_one_named() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
        assertThat(UnifiedSocialCreditCode.problem("91350100M000100Y44")).contains("should be 3");
    }

    @Test
    void letters_outside_the_code_set_and_wrong_lengths_are_refused() {
        assertThat(UnifiedSocialCreditCode.isValid("91350100I000100Y43")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100m000100Y43")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y4")).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
        assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacter("9135")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void customs_codes_are_ten_digits() {
        assertThat(CustomsCode.isValid("3122260001")).isTrue();
        assertThat(CustomsCode.isValid("312226000")).isFalse();
        assertThat(CustomsCode.isValid("31222600A1")).isFalse();
    }

    @Test
    void aeos_of_a_mutual_recognition_partner_are_recognised_from_the_day_in_force() {
        AeoMutualRecognition mra = AeoMutualRecognition.loadBundled();
        assertThat(mra.recognises("DE", LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(mra.recognises("DE", LocalDate.of(2015, 1, 1))).isFalse();
        assertThat(mra.recognises("SG", LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(mra.recognises("KP", LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(mra.partners()).allMatch(p -> !p.verified());
        assertThat(mra.arrangementCount()).isLessThanOrEqualTo(28);
    }
}
