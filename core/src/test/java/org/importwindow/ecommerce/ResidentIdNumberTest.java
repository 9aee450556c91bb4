package org.importwindow.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ResidentIdNumberTest {

    @Test
    void the_examples_of_gb_11643_are_valid_including_the_check_character_x() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("440524188001010014")).isTrue();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void a_buyer_born_on_a_leap_day_has_a_valid_number() {
        assertThat(ResidentIdNumber.isValid("310115200002291235")).isTrue();
    }

    @Test
    void a_mistyped_digit_is_caught_by_the_check_character() {
        assertThat(ResidentIdNumber.problem("110105194912310021")).hasValueSatisfying(p -> {
            assertThat(p.en()).contains("check character");
            assertThat(p.zh()).contains("校验码");
        });
        assertThat(ResidentIdNumber.isValid("11010519491213002X")).isFalse();
    }

    @Test
    void a_birth_date_that_does_not_exist_is_refused_even_with_a_matching_check_character() {
        // 2001-02-29 does not exist; the check character 2 is right for the first 17 digits
        assertThat(ResidentIdNumber.checkCharacter("11010520010229123")).isEqualTo('2');
        assertThat(ResidentIdNumber.problem("110105200102291232"))
                .hasValueSatisfying(p -> assertThat(p.en()).contains("birth date"));
        assertThat(ResidentIdNumber.isValid("110105200113011230")).isFalse();
    }

    @Test
    void a_birth_date_after_the_declaration_date_is_refused_when_the_date_is_given() {
        String bornIn2000 = "310115200002291235";
        assertThat(ResidentIdNumber.isValid(bornIn2000, LocalDate.of(2026, 3, 16))).isTrue();
        assertThat(ResidentIdNumber.isValid(bornIn2000, LocalDate.of(1999, 12, 31))).isFalse();
    }

    @Test
    void wrong_lengths_letters_and_missing_numbers_each_say_what_is_wrong_in_both_languages() {
        assertThat(ResidentIdNumber.problem("11010519491231002")).hasValueSatisfying(p -> {
            assertThat(p.en()).contains("18 characters").contains("17");
            assertThat(p.zh()).contains("18位");
        });
        assertThat(ResidentIdNumber.problem("1101051949123100AX"))
                .hasValueSatisfying(p -> assertThat(p.zh()).contains("前17位"));
        assertThat(ResidentIdNumber.problem("11010519491231002Y"))
                .hasValueSatisfying(p -> assertThat(p.en()).contains("digit or X"));
        assertThat(ResidentIdNumber.problem(null)).hasValueSatisfying(p -> assertThat(p.zh()).contains("缺少"));
        assertThat(ResidentIdNumber.problem("  ")).isPresent();
    }

    @Test
    void problems_never_repeat_the_number_itself() {
        String typo = "110105194912310021";
        assertThat(ResidentIdNumber.problem(typo).orElseThrow().text()).doesNotContain(typo).doesNotContain("19491231");
    }

    @Test
    void a_lower_case_x_is_accepted_and_normalised_to_the_ledger_key() {
        assertThat(ResidentIdNumber.isValid("11010519491231002x")).isTrue();
        assertThat(ResidentIdNumber.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThatThrownBy(() -> ResidentIdNumber.normalize("110105194912310021"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("110105194912310021");
    }

    @Test
    void a_masked_number_keeps_four_characters_at_each_end_and_hides_the_birth_date() {
        assertThat(ResidentIdNumber.mask("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(ResidentIdNumber.mask("11010519491231002X")).hasSize(18).doesNotContain("1949");
        assertThat(ResidentIdNumber.mask("110105491231002")).isEqualTo("1101*******1002");
        assertThat(ResidentIdNumber.mask("1101051949")).isEqualTo("**********");
        assertThat(ResidentIdNumber.mask(null)).isEmpty();
    }

    @Test
    void every_id_number_in_a_log_line_is_masked() {
        String line = "list 4403* buyer=11010519491231002X payer 440524188001010014, order 2026031600000000012345";
        assertThat(ResidentIdNumber.maskIn(line)).isEqualTo(
                "list 4403* buyer=1101**********002X payer 4405**********0014, order 2026031600000000012345");
    }
}
