package org.importwindow.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CbecRefusalTest {

    @Test
    void the_limits_use_the_spec_s_own_codes_for_single_and_annual_limits() {
        assertThat(CbecRefusal.SINGLE_LIMIT.code()).isEqualTo("-621005");
        assertThat(CbecRefusal.SINGLE_LIMIT.specMessage()).contains("超过单笔限额");
        assertThat(CbecRefusal.ANNUAL_LIMIT.code()).isEqualTo("-621018");
        assertThat(CbecRefusal.ANNUAL_LIMIT.specMessage()).contains("年度限额");
    }

    @Test
    void every_code_is_in_the_spec_s_ranges_for_inventory_lists_or_returns() {
        assertThat(Arrays.stream(CbecRefusal.values())).allSatisfy(r -> {
            int code = Integer.parseInt(r.code());
            assertThat(code >= -621999 && code <= -621000 || code >= -625209 && code <= -625001)
                    .as(r + " " + r.code()).isTrue();
            assertThat(r.nameZh()).isNotBlank();
            assertThat(r.nameEn()).isNotBlank();
        });
    }

    @Test
    void reasons_without_a_code_of_their_own_say_so() {
        assertThat(CbecRefusal.NOT_ON_POSITIVE_LIST.specific()).isFalse();
        assertThat(CbecRefusal.INVALID_BUYER_ID.specific()).isFalse();
        assertThat(CbecRefusal.ANNUAL_LIMIT.specific()).isTrue();
    }

    @Test
    void a_receipt_s_return_info_starts_with_the_code_then_chinese_then_english() {
        CbecRejection r = new CbecRejection(CbecRefusal.ANNUAL_LIMIT, "超过年度限额", "over the annual limit", null);
        assertThat(r.returnInfo()).isEqualTo("-621018 超过年度限额 over the annual limit");
    }
}
