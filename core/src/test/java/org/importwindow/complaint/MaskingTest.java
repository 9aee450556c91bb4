package org.importwindow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void a_mobile_number_keeps_its_first_three_and_last_four_digits() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void a_chinese_name_keeps_the_family_name_only() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
    }

    @Test
    void latin_names_and_email_keep_initials() {
        assertThat(Masking.name("John Smith")).isEqualTo("J*** S****");
        assertThat(Masking.email("zhangsan@example.com")).isEqualTo("z***@example.com");
    }

    @Test
    void a_masked_complaint_shows_no_contact_detail_in_the_clear() {
        ComplaintDetails masked = Complaints.kettleDraft().toDetails().masked();
        assertThat(masked.contact().toString()).doesNotContain("三", "12345678", "zhangsan");
        assertThat(masked.whatHappened()).isEqualTo(Complaints.kettleDraft().whatHappened());
    }
}
