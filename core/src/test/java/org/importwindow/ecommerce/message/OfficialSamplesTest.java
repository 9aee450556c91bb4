package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every official sample that is an import message we accept is read; the others are at least schema-valid. */
class OfficialSamplesTest {

    @Test
    void the_official_inventory_sample_is_read_with_its_buyer_and_lines() {
        CebMessage message = CebMessages.read(Samples.bytes("CEB621Message"));

        assertThat(message).isInstanceOf(Ceb621Message.class);
        Ceb621Message m = (Ceb621Message) message;
        assertThat(m.guid()).isEqualTo("4CDE1CFD-EDED-46B1-946C-B8022E42FC94");
        assertThat(m.version()).isEqualTo("1.0");
        assertThat(m.signaturePresent()).isTrue();
        assertThat(m.inventories()).hasSize(10);
        assertThat(m.type()).isEqualTo(CebMessageType.CEB621);
        assertThat(m.type().receipt()).contains(CebMessageType.CEB622);

        Inventory first = m.inventories().get(0);
        InventoryHead head = first.head();
        assertThat(head.orderNo()).isEqualTo("order2016030811340001");
        assertThat(head.buyerIdType()).isEqualTo("1");
        assertThat(head.buyerIdNumber()).isEqualTo("130681136250023332");
        assertThat(head.buyerName()).isEqualTo("李小宝");
        assertThat(head.ebpCode()).isEqualTo("1101110325");
        assertThat(head.agentCode()).isEqualTo("1105910159");
        assertThat(head.customsCode()).isEqualTo("3700");
        assertThat(head.tradeMode()).isEqualTo("9610");
        assertThat(head.country()).isEqualTo("116");
        assertThat(head.freight()).isEqualByComparingTo("500");
        assertThat(head.insuredFee()).isEqualByComparingTo("200");
        assertThat(head.packNo()).isEqualTo(6000);
        assertThat(head.preNo()).as("an empty element reads as absent").isNull();
        assertThat(CebTimes.dateTime(head.appTime())).contains(LocalDateTime.of(2016, 3, 15, 15, 35, 55));
        assertThat(CebTimes.date(head.declTime())).contains(LocalDate.of(2016, 3, 8));

        assertThat(first.items()).hasSize(2);
        InventoryItem line = first.items().get(0);
        assertThat(line.gnum()).isEqualTo(1);
        assertThat(line.gcode()).isEqualTo("8541401000");
        assertThat(line.tariffLine()).isEqualTo("85414010");
        assertThat(line.gname()).isEqualTo("小米盒子");
        assertThat(line.qty()).isEqualByComparingTo("100");
        assertThat(line.unit()).isEqualTo("007");
        assertThat(line.qty2()).isEqualByComparingTo("300");
        assertThat(line.unit2()).isEqualTo("035");
        assertThat(line.price()).isEqualByComparingTo("20");
        assertThat(line.totalPrice()).isEqualByComparingTo("20");
        assertThat(line.note()).isNull();

        assertThat(m.baseTransfer().copCode()).isNotBlank();
        assertThat(m.baseTransfer().dxpMode()).isEqualTo("DXP");
    }

    @Test
    void the_official_order_sample_is_read_with_its_amounts_despite_its_byte_order_mark() {
        assertThat(Samples.bytes("CEB311Message")[0]).as("the sample starts with a UTF-8 BOM").isEqualTo((byte) 0xEF);

        Ceb311Message m = (Ceb311Message) CebMessages.read(Samples.bytes("CEB311Message"));

        assertThat(m.orders()).hasSize(6);
        OrderHead head = m.orders().get(0).head();
        assertThat(head.orderNo()).isEqualTo("order20160321116421002");
        assertThat(head.goodsValue()).isEqualByComparingTo("14000");
        assertThat(head.freight()).isEqualByComparingTo("5000");
        assertThat(head.discount()).isEqualByComparingTo("0");
        assertThat(head.taxTotal()).isEqualByComparingTo("50");
        assertThat(head.acturalPaid()).isEqualByComparingTo("19050");
        assertThat(head.buyerIdNumber()).isEqualTo("130681136250023332");
        assertThat(head.payTransactionId()).isEqualTo("20160001634226001");
        assertThat(head.consignee()).isEqualTo("焦洪宇");
        assertThat(m.orders().get(0).items()).extracting(OrderItem::gnum).containsExactly(1, 2);
        assertThat(m.orders().get(0).items().get(1).totalPrice()).isEqualByComparingTo(new BigDecimal("12000"));
        assertThat(m.documents()).isSameAs(m.orders());
    }

    @Test
    void the_official_payment_sample_is_read_with_the_amount_paid() {
        Ceb411Message m = (Ceb411Message) CebMessages.read(Samples.bytes("CEB411Message"));

        assertThat(m.payments()).hasSize(10);
        PaymentHead p = m.payments().get(0);
        assertThat(p.payCode()).isEqualTo("1101110323");
        assertThat(p.payTransactionId()).isEqualTo("P0242250007");
        assertThat(p.orderNo()).isEqualTo("order2016030811340007");
        assertThat(p.payerName()).isEqualTo("支付人");
        assertThat(p.amountPaid()).isEqualByComparingTo("19050");
        assertThat(CebTimes.dateTime(p.payTime())).contains(LocalDateTime.of(2016, 3, 15, 15, 35, 55));
        assertThat(m.baseTransfer().copCode()).isEqualTo("1101180326");
        assertThat(m.signaturePresent()).isTrue();
    }

    @Test
    void the_official_waybill_sample_is_read_with_its_consignee() {
        Ceb511Message m = (Ceb511Message) CebMessages.read(Samples.bytes("CEB511Message"));

        assertThat(m.logistics()).hasSize(6);
        LogisticsHead w = m.logistics().get(0);
        assertThat(w.logisticsCode()).isEqualTo("1101180326");
        assertThat(w.logisticsNo()).isEqualTo("L201603081138007");
        assertThat(w.orderNo()).isEqualTo("order20160321116421002");
        assertThat(w.freight()).isEqualByComparingTo("5000");
        assertThat(w.weight()).isEqualByComparingTo("4000");
        assertThat(w.packNo()).isEqualTo(6000);
        assertThat(w.consignee()).isEqualTo("李小可");
    }

    @Test
    void the_official_cancellation_sample_is_read_with_its_reasons() {
        Ceb623Message m = (Ceb623Message) CebMessages.read(Samples.bytes("CEB623Message"));

        assertThat(m.invtCancels()).hasSize(10);
        assertThat(m.invtCancels()).allSatisfy(c -> {
            assertThat(c.invtNo()).isNotBlank();
            assertThat(c.reason()).isNotBlank();
            assertThat(c.buyerIdNumber()).isNotBlank();
        });
        assertThat(m.signaturePresent()).isTrue();
    }

    @Test
    void the_official_return_sample_is_read_with_its_returned_lines() {
        Ceb625Message m = (Ceb625Message) CebMessages.read(Samples.bytes("CEB625Message"));

        assertThat(m.invtRefunds()).hasSize(10);
        InvtRefund r = m.invtRefunds().get(0);
        assertThat(r.head().invtNo()).isNotBlank();
        assertThat(r.head().reason()).isNotBlank();
        assertThat(r.items()).hasSize(1);
        assertThat(r.items().get(0).gnum()).isEqualTo(1);
        assertThat(r.items().get(0).gcode()).hasSize(10);
        assertThat(r.items().get(0).qty()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CEB312Message", "CEB412Message", "CEB512Message", "CEB513Message", "CEB514Message",
            "CEB622Message", "CEB624Message", "CEB626Message", "CEB711Message", "CEB712Message"})
    void every_other_official_sample_is_valid_against_the_schema(String sample) {
        assertThat(CebMessages.validate(Samples.bytes(sample))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CEB312Message", "CEB513Message", "CEB622Message", "CEB711Message"})
    void a_valid_message_of_a_type_we_do_not_take_in_is_refused_as_unsupported(String sample) {
        CebMessageException e = org.junit.jupiter.api.Assertions.assertThrows(CebMessageException.class,
                () -> CebMessages.read(Samples.bytes(sample)));

        assertThat(e.code()).isEqualTo(CebMessageError.UNSUPPORTED_TYPE);
        assertThat(e.errors().get(0).messageZh()).contains("不支持的报文类型");
    }
}
