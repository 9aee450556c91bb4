package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our receipts are the specification's: valid against the schema and shaped as the official samples. */
class ReceiptsTest {
    private static final String GUID = "4CDE1CFD-EDED-46B1-946C-B8022E42FC94";
    private static final String RECEIPT_GUID = "0F1E2D3C-4B5A-4697-8877-665544332211";
    private static final String TIME = CebTimes.formatReturnTime(LocalDateTime.of(2026, 3, 1, 12, 0, 0, 123_000_000));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CEB312Message", "CEB412Message", "CEB512Message", "CEB622Message", "CEB624Message",
            "CEB626Message"})
    void our_writer_gives_every_official_receipt_sample_back_with_the_same_structure(String sample) {
        byte[] official = Samples.bytes(sample);
        List<Receipt> receipts = Receipts.fromXml(official);
        String guid = CebMessages.typeOf(official) == receipts.get(0).type() ? rootGuid(official) : null;

        String ours = Receipts.toXml(receipts, guid);

        assertThat(CebMessages.validate(utf8(ours))).isEmpty();
        assertThat(XmlStructure.of(utf8(ours))).isEqualTo(XmlStructure.of(official));
    }

    @Test
    void an_inventory_list_released_gets_a_valid_ceb622_with_its_numbers() {
        Receipt released = Receipt.inventory(CebMessageType.CEB622, GUID, "3700", "1101110325", "1101110325",
                "1105910159", "NBBH20160308005", "B20260301000000001", "370020261000000001",
                ReturnStatus.RELEASED.code(), TIME, "放行 released");

        String xml = Receipts.toXml(List.of(released), RECEIPT_GUID);

        assertThat(CebMessages.validate(utf8(xml))).isEmpty();
        assertThat(xml).contains("<CEB622Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=\"" + RECEIPT_GUID)
                .containsSubsequence("<InventoryReturn>", "<guid>" + GUID, "<customsCode>3700", "<ebpCode>",
                        "<agentCode>1105910159", "<copNo>NBBH20160308005", "<preNo>B20260301000000001",
                        "<invtNo>370020261000000001", "<returnStatus>800", "<returnTime>20260301120000123",
                        "<returnInfo>放行 released");
        assertThat(Receipts.fromXml(utf8(xml))).containsExactly(released);
    }

    @Test
    void a_refusal_with_a_long_bilingual_reason_is_cut_to_the_schema_length_and_stays_valid() {
        String reason = "-621018 清单[NBBH20160308005]中购买人已用购买额度超过年度限额 / annual limit exceeded; "
                + String.join("; ", Collections.nCopies(80, "line 1 <name> & price differ / 名称与价格不一致"));
        Receipt refused = Receipt.inventory(CebMessageType.CEB622, GUID, null, null, null, null,
                "NBBH20160308005", "B20260301000000001", null, ReturnStatus.REJECTED.code(), TIME, reason);

        String xml = Receipts.toXml(List.of(refused), RECEIPT_GUID);

        assertThat(CebMessages.validate(utf8(xml))).isEmpty();
        String info = Receipts.fromXml(utf8(xml)).get(0).returnInfo();
        assertThat(info).hasSize(Receipts.MAX_RETURN_INFO).startsWith("-621018 ").endsWith("…");
        assertThat(xml).contains("&lt;name&gt; &amp; price");
    }

    @Test
    void the_cancellation_and_return_receipts_put_the_agent_before_the_platform_as_their_schema_does() {
        for (CebMessageType type : List.of(CebMessageType.CEB624, CebMessageType.CEB626)) {
            Receipt r = Receipt.inventory(type, GUID, "3700", "1101110325", "1101110325", "1105910159",
                    "NBBH20160308005", "B20260301000000001", null, "399", TIME, "审结 concluded");
            String xml = Receipts.toXml(List.of(r), RECEIPT_GUID);
            assertThat(CebMessages.validate(utf8(xml))).as(type.name()).isEmpty();
            assertThat(xml).containsSubsequence("<agentCode>", "<ebpCode>", "<ebcCode>", "<copNo>");
        }
    }

    @Test
    void order_payment_and_waybill_receipts_are_valid() {
        List<String> xmls = List.of(
                Receipts.toXml(List.of(Receipt.order(GUID, "1101110325", "1101110325", "order1", "2", TIME,
                        "新增申报成功")), RECEIPT_GUID),
                Receipts.toXml(List.of(Receipt.payment(GUID, "1105910159", "P0242250007", "120", TIME, "入库")),
                        RECEIPT_GUID),
                Receipts.toXml(List.of(Receipt.logistics(GUID, "1101180326", "L201603081138007", "120", TIME,
                        "入库")), RECEIPT_GUID));

        assertThat(xmls).allSatisfy(x -> assertThat(CebMessages.validate(utf8(x))).isEmpty());
        assertThat(xmls).extracting(x -> CebMessages.typeOf(utf8(x)))
                .containsExactly(CebMessageType.CEB312, CebMessageType.CEB412, CebMessageType.CEB512);
    }

    @Test
    void a_receipt_message_holds_one_to_a_hundred_receipts_of_one_type() {
        Receipt one = Receipt.order(GUID, "1101110325", "1101110325", "order1", "2", TIME, "ok");
        List<Receipt> hundred = IntStream.range(0, 100).mapToObj(i -> one).toList();

        assertThat(CebMessages.validate(utf8(Receipts.toXml(hundred, RECEIPT_GUID)))).isEmpty();
        assertThatThrownBy(() -> Receipts.toXml(
                IntStream.range(0, 101).mapToObj(i -> one).toList(), RECEIPT_GUID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Receipts.toXml(List.of(), RECEIPT_GUID)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Receipts.toXml(List.of(one,
                Receipt.payment(GUID, "1105910159", "P1", "120", TIME, "x")), RECEIPT_GUID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_receipt_missing_what_the_schema_requires_cannot_be_made() {
        assertThatThrownBy(() -> Receipt.inventory(CebMessageType.CEB622, GUID, null, null, null, null, "cop1",
                null, null, "100", TIME, "x")).hasMessageContaining("preNo");
        assertThatThrownBy(() -> Receipt.inventory(CebMessageType.CEB622, GUID, null, null, null, null, "cop1",
                "short", null, "100", TIME, "x")).hasMessageContaining("18");
        assertThatThrownBy(() -> Receipt.order(GUID, "e", "e", "o", "2", "2026", "x"))
                .hasMessageContaining("returnTime");
        assertThatThrownBy(() -> new Receipt(CebMessageType.CEB621, GUID, null, null, null, null, null, null, null,
                null, null, null, null, null, "2", TIME, "x")).hasMessageContaining("not a receipt");
    }

    @Test
    void a_message_that_is_not_a_receipt_is_not_read_as_receipts() {
        assertThatThrownBy(() -> Receipts.fromXml(Samples.bytes("CEB621Message")))
                .isInstanceOf(CebMessageException.class);
    }

    private static String rootGuid(byte[] xml) {
        List<String> s = XmlStructure.of(xml);
        return s.stream().filter(x -> x.startsWith("@guid=")).findFirst().orElseThrow().substring(6);
    }
}
