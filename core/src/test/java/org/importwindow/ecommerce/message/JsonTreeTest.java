package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A message sent as JSON (given to the core as a {@link CebNode} tree) gets exactly the checks of the XML. */
class JsonTreeTest {

    @ParameterizedTest
    @ValueSource(strings = {"CEB311Message", "CEB411Message", "CEB511Message", "CEB621Message", "CEB623Message",
            "CEB625Message"})
    void every_official_sample_sent_as_json_with_its_fields_in_any_order_reads_as_the_xml(String sample) {
        CebNode tree = JsonLikeTrees.fromXml(Samples.bytes(sample));

        assertThat(CebMessages.readTree(tree)).isEqualTo(CebMessages.read(Samples.bytes(sample)));
    }

    @Test
    void the_documented_json_example_of_an_inventory_message_is_read() throws Exception {
        String json;
        try (var in = JsonTreeTest.class.getResourceAsStream("/ceb/json/CEB621Message.json")) {
            json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        Ceb621Message m = (Ceb621Message) CebMessages.readTree(MiniJson.tree(json));

        assertThat(m.signaturePresent()).isTrue();
        assertThat(m.inventories()).hasSize(1);
        assertThat(m.inventories().get(0).head().packNo()).isEqualTo(6000);
        assertThat(m.inventories().get(0).head().buyerIdNumber()).isEqualTo("110101199003071234");
        assertThat(m.inventories().get(0).items()).extracting(InventoryItem::gnum).containsExactly(1, 2);
        assertThat(m.baseTransfer().copCode()).isEqualTo("1101180326");
    }

    @Test
    void the_document_object_itself_may_be_given_as_an_unnamed_root() {
        CebNode message = JsonLikeTrees.fromXml(Samples.bytes("CEB411Message"));

        CebNode document = new CebNode(null, null, null, List.of(message));

        assertThat(CebMessages.readTree(document)).isEqualTo(CebMessages.read(Samples.bytes("CEB411Message")));
    }

    @Test
    void a_json_order_written_by_hand_in_the_documented_shape_is_read() {
        CebNode order = CebNode.of("CEB311Message",
                CebNode.leaf("guid", "5A9B1C2D-0000-4000-8000-00000000A311"),
                CebNode.leaf("version", "1.0"),
                CebNode.of("Order",
                        CebNode.of("OrderList",
                                CebNode.leaf("gnum", "1"), CebNode.leaf("itemName", "面霜"),
                                CebNode.leaf("gmodel", "50ml"), CebNode.leaf("unit", "142"),
                                CebNode.leaf("qty", "2"), CebNode.leaf("price", "150.00"),
                                CebNode.leaf("totalPrice", "300.00"), CebNode.leaf("currency", "142"),
                                CebNode.leaf("country", "116")),
                        CebNode.of("OrderHead",
                                CebNode.leaf("acturalPaid", "320.00"), CebNode.leaf("goodsValue", "300.00"),
                                CebNode.leaf("freight", "20"), CebNode.leaf("discount", "0"),
                                CebNode.leaf("taxTotal", "0"), CebNode.leaf("currency", "142"),
                                CebNode.leaf("guid", "5A9B1C2D-0000-4000-8000-00000000A311"),
                                CebNode.leaf("appType", "1"), CebNode.leaf("appTime", "20260301120000"),
                                CebNode.leaf("appStatus", "2"), CebNode.leaf("orderType", "I"),
                                CebNode.leaf("orderNo", "ORD-1"), CebNode.leaf("ebpCode", "1101110325"),
                                CebNode.leaf("ebpName", "测试平台"), CebNode.leaf("ebcCode", "1101110325"),
                                CebNode.leaf("ebcName", "测试电商"), CebNode.leaf("buyerRegNo", "u1"),
                                CebNode.leaf("buyerName", "张三"), CebNode.leaf("buyerTelephone", "13800000000"),
                                CebNode.leaf("buyerIdType", "1"), CebNode.leaf("buyerIdNumber", "110101199003071234"),
                                CebNode.leaf("consignee", "张三"), CebNode.leaf("consigneeTelephone", "13800000000"),
                                CebNode.leaf("consigneeAddress", "北京市海淀区"))),
                CebNode.of("BaseTransfer",
                        CebNode.leaf("copCode", "1101110325"), CebNode.leaf("copName", "测试电商"),
                        CebNode.leaf("dxpMode", "DXP"), CebNode.leaf("dxpId", "DXPENT0000000001")));

        Ceb311Message m = (Ceb311Message) CebMessages.readTree(order);

        assertThat(m.orders()).hasSize(1);
        assertThat(m.orders().get(0).head().acturalPaid()).isEqualByComparingTo("320");
        assertThat(m.orders().get(0).items().get(0).itemName()).isEqualTo("面霜");
        assertThat(m.signaturePresent()).isFalse();
        assertThat(new String(CebMessages.toXml(order), java.nio.charset.StandardCharsets.UTF_8))
                .contains("<CEB311Message xmlns=\"http://www.chinaport.gov.cn/ceb\" guid=")
                .containsSubsequence("<OrderHead>", "<guid>", "<appType>", "<acturalPaid>", "</OrderHead>",
                        "<OrderList>", "<gnum>1</gnum>");
    }

    @Test
    void a_json_inventory_list_missing_its_buyer_id_is_refused_with_the_path_of_the_field() {
        CebNode tree = JsonLikeTrees.fromXml(Samples.bytes("CEB621Message"));
        CebNode broken = remove(tree, "buyerIdNumber");

        CebMessageException e = assertThrows(CebMessageException.class, () -> CebMessages.readTree(broken));

        assertThat(e.code()).isEqualTo(CebMessageError.SCHEMA_VIOLATION);
        assertThat(e.errors()).hasSize(10);
        assertThat(e.errors().get(0).path()).startsWith("/CEB621Message/Inventory[1]/InventoryHead/");
        assertThat(e.errors().get(0).messageEn()).contains("buyerIdNumber");
    }

    @Test
    void a_json_key_that_is_no_field_at_all_is_refused_as_a_schema_violation() {
        CebNode tree = JsonLikeTrees.fromXml(Samples.bytes("CEB411Message")).with(CebNode.leaf("my key", "x"));

        CebMessageException e = assertThrows(CebMessageException.class, () -> CebMessages.readTree(tree));

        assertThat(e.code()).isEqualTo("CEB-002");
        assertThat(e.errors().get(0).path()).isEqualTo("/CEB411Message/my key");
    }

    @Test
    void a_json_field_unknown_to_the_schema_is_refused_with_its_name() {
        CebNode tree = JsonLikeTrees.fromXml(Samples.bytes("CEB411Message")).with(CebNode.leaf("discountCode", "x"));

        CebMessageException e = assertThrows(CebMessageException.class, () -> CebMessages.readTree(tree));

        assertThat(e.code()).isEqualTo("CEB-002");
        assertThat(e.errors().get(0).messageEn()).contains("discountCode");
    }

    @Test
    void text_with_markup_characters_is_escaped_not_interpreted() {
        CebNode tree = replaceText(JsonLikeTrees.fromXml(Samples.bytes("CEB411Message")), "payerName",
                "<b>A&B</b>\"");

        Ceb411Message m = (Ceb411Message) CebMessages.readTree(tree);

        assertThat(m.payments()).allSatisfy(p -> assertThat(p.payerName()).isEqualTo("<b>A&B</b>\""));
    }

    @Test
    void a_control_character_in_json_text_is_refused_as_not_well_formed() {
        CebNode tree = replaceText(JsonLikeTrees.fromXml(Samples.bytes("CEB411Message")), "payerName", "a\u0001b");

        CebMessageException e = assertThrows(CebMessageException.class, () -> CebMessages.readTree(tree));

        assertThat(e.code()).isEqualTo("CEB-001");
        assertThat(e.errors().get(0).path()).contains("/PaymentHead/payerName");
    }

    private static CebNode remove(CebNode node, String name) {
        return new CebNode(node.name(), node.text(), node.attributes(),
                node.children().stream().filter(c -> !name.equals(c.name())).map(c -> remove(c, name)).toList());
    }

    private static CebNode replaceText(CebNode node, String name, String text) {
        if (name.equals(node.name())) {
            return CebNode.leaf(name, text);
        }
        return new CebNode(node.name(), node.text(), node.attributes(),
                node.children().stream().map(c -> replaceText(c, name, text)).toList());
    }
}
