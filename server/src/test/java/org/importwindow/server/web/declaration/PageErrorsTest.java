package org.importwindow.server.web.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import org.importwindow.server.security.BilingualError;
import org.importwindow.server.web.declaration.PageErrors.FieldError;
import org.junit.jupiter.api.Test;

/** The error summary's entries as the GOV.UK pattern wants them: each mistake once, in the order of the form. */
class PageErrorsTest {

    @Test
    void a_missing_reference_found_by_the_form_and_by_the_engine_is_listed_once_in_the_forms_words() {
        List<FieldError> errors = PageErrors.of(List.of(
                new BilingualError("DEC-001", "reference", "Enter your reference for this declaration", "请填写"),
                new BilingualError("DEC-001", "reference", "the declarant's reference is required", "必填"),
                new BilingualError("DEC-010", "items[0].commodityCode", "unknown commodity code 1", "不存在"),
                new BilingualError("DEC-009", "items[0].commodityCode", "the commodity code is required", "必填")),
                1, Locale.ENGLISH);
        assertThat(errors).extracting(FieldError::field, FieldError::message).containsExactly(
                tuple("reference", "Enter your reference for this declaration (DEC-001)"),
                tuple("items-0-commodityCode", "unknown commodity code 1 (DEC-010)"),
                tuple("items-0-commodityCode", "the commodity code is required (DEC-009)"));
    }

    @Test
    void the_summary_follows_the_order_of_the_form_header_first_then_each_item_field_by_field() {
        List<FieldError> found = List.of(
                new FieldError("items-1-value", "v1"),
                new FieldError("items-0-value", "v0"),
                new FieldError("items-0-commodityCode", "c0"),
                new FieldError("licences", "l"),
                new FieldError(null, "whole form"),
                new FieldError("reference", "r"));
        assertThat(PageErrors.inFormOrder(found)).extracting(FieldError::message)
                .containsExactly("whole form", "r", "l", "c0", "v0", "v1");
    }

    @Test
    void items_past_the_tenth_keep_their_place_after_the_ninth() {
        List<FieldError> found = List.of(new FieldError("items-10-commodityCode", "ten"),
                new FieldError("items-9-value", "nine"));
        assertThat(PageErrors.inFormOrder(found)).extracting(FieldError::message).containsExactly("nine", "ten");
    }
}
