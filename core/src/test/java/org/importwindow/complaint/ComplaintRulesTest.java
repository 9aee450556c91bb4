package org.importwindow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.importwindow.complaint.Complaints.kettleDraft;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintRulesTest {

    @Test
    void a_complete_complaint_passes_and_its_barcode_becomes_a_gtin_14() {
        assertThat(ComplaintRules.check(kettleDraft())).isEmpty();
        assertThat(kettleDraft().toDetails().product().key()).isEqualTo("gtin:04006381333931");
    }

    @Test
    void without_barcode_or_model_the_product_cannot_be_counted() {
        ComplaintDraft d = new ComplaintDraft("Kettle", " ", null, null, null, "Shop", null, null, null,
                "Sparks", false, List.of(), "Li", "13812345678", null);
        assertThat(ComplaintRules.check(d)).extracting(Violation::code).containsExactly("CMP-002");
    }

    @Test
    void a_mistyped_barcode_a_bad_phone_and_an_unanswered_injury_question_are_each_named() {
        ComplaintDraft d = new ComplaintDraft("Kettle", "4006381333932", null, null, null, null, "JD", null, null,
                "Sparks", null, List.of(), "Li", "12345", "not-an-email");
        assertThat(ComplaintRules.check(d)).extracting(Violation::code)
                .containsExactlyInAnyOrder("CMP-003", "CMP-009", "CMP-007", "CMP-008");
    }

    @Test
    void model_only_complaints_count_under_the_normalised_model() {
        assertThat(new ProductRef(null, "wk-1700 ").key()).isEqualTo(new ProductRef("", "WK 1700").key());
    }

    @Test
    void gtin_check_digits_of_ean_8_upc_a_and_ean_13() {
        assertThat(Gtin.isValid("96385074")).isTrue();
        assertThat(Gtin.isValid("036000291452")).isTrue();
        assertThat(Gtin.isValid("4006381333931")).isTrue();
        assertThat(Gtin.isValid("4006381333930")).isFalse();
    }
}
