package org.importwindow.server.web.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Refusals read from the receipts' returnInfo as the clearance writes it, named in the page language. */
class RefusalReasonsTest {
    static final String MISMATCH = "-621001 清单报文校验失败，[金额不一致（CBEC-112）；收货人不一致（CBEC-113）；超过个人年度交易限值（-621018）] "
            + "the inventory list fails its checks: [the amount differs (CBEC-112); the consignee differs (CBEC-113); "
            + "over the buyer's annual limit (-621018)]";

    @Test
    void a_refusal_for_failed_checks_is_named_by_its_checks_and_the_limits_it_also_broke() {
        assertThat(RefusalReasons.leadingCode(MISMATCH)).contains("-621001");
        assertThat(RefusalReasons.checks(MISMATCH)).containsExactly("CBEC-112", "CBEC-113");
        assertThat(RefusalReasons.summary(MISMATCH, false)).containsExactly(
                "The amount paid differs from the order's actual payment (CBEC-112)",
                "The consignee differs between order and waybill (CBEC-113)",
                "Over the buyer's annual limit (-621018)");
        assertThat(RefusalReasons.summary(MISMATCH, true)).containsExactly("支付金额与订单实际支付金额不一致 (CBEC-112)",
                "订单与运单的收货人不一致 (CBEC-113)", "超过个人年度交易限值 (-621018)");
    }

    @Test
    void a_refusal_over_a_limit_is_named_by_its_spec_code() {
        String info = "-621018 清单[X]中购买人[1101**********002X]已用购买额度为[25000]，本次购买将超过年度限额[26000] buyer ...";
        assertThat(RefusalReasons.summary(info, false)).containsExactly("Over the buyer's annual limit (-621018)");
        assertThat(RefusalReasons.summary(info, true)).containsExactly("超过个人年度交易限值 (-621018)");
        assertThat(RefusalReasons.name("-621004", false)).isEqualTo("The list was already declared");
    }

    @Test
    void an_unknown_code_or_text_is_shown_as_it_is() {
        assertThat(RefusalReasons.name("-999999", false)).isEqualTo("-999999");
        assertThat(RefusalReasons.summary("no code at all", false)).isEmpty();
        assertThat(RefusalReasons.summary(null, true)).isEmpty();
        assertThat(RefusalReasons.leadingCode("120 stored")).isEmpty();
    }
}
