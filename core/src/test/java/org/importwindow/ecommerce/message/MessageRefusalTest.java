package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages refused as messages: not XML, dangerous XML, not the schema, not a type we take, too large. */
class MessageRefusalTest {
    private static final String SAMPLE = Samples.text("CEB621Message");

    private static CebMessageException refusal(String xml) {
        return assertThrows(CebMessageException.class, () -> CebMessages.read(Samples.utf8(xml)));
    }

    /** 1-based line of the n-th (1-based) occurrence of {@code needle}. */
    private static int lineOf(String text, String needle, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(needle, at + 1);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String withoutNth(String text, String element, int occurrence) {
        String regex = "<ceb:" + element + ">[^<]*</ceb:" + element + ">";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        for (int i = 0; i < occurrence; i++) {
            m.find();
        }
        return text.substring(0, m.start()) + text.substring(m.end());
    }

    @Test
    void an_inventory_list_missing_its_buyer_id_is_refused_with_the_schema_line() {
        String xml = withoutNth(SAMPLE, "buyerIdNumber", 2);

        CebMessageException e = refusal(xml);

        assertThat(e.errors()).hasSize(1);
        CebMessageError error = e.errors().get(0);
        assertThat(error.code()).isEqualTo(CebMessageError.SCHEMA_VIOLATION);
        assertThat(error.specCode()).isEqualTo("0002");
        assertThat(error.path()).as("where the validator noticed: the element after the gap")
                .isEqualTo("/CEB621Message/Inventory[2]/InventoryHead/buyerName");
        assertThat(error.line()).as("the validator notices at the element after the gap")
                .isEqualTo(lineOf(xml, "<ceb:buyerName>", 2));
        assertThat(error.messageEn()).contains("buyerIdNumber").contains("buyerName").doesNotContain("{\"http");
        assertThat(error.messageZh()).contains("buyerIdNumber").containsPattern("[\\u4e00-\\u9fff]");
        assertThat(e.getMessage()).contains("CEB-002").contains("Inventory[2]");
    }

    @Test
    void every_schema_error_of_a_message_is_named_not_only_the_first() {
        String xml = withoutNth(withoutNth(SAMPLE, "buyerIdNumber", 4), "gcode", 1);

        CebMessageException e = refusal(xml);

        assertThat(e.errors()).extracting(CebMessageError::path).containsExactly(
                "/CEB621Message/Inventory[1]/InventoryList[1]/gname",
                "/CEB621Message/Inventory[4]/InventoryHead/buyerName");
        assertThat(e.errors()).allSatisfy(err -> assertThat(err.code()).isEqualTo("CEB-002"));
    }

    @Test
    void a_line_with_a_nine_digit_commodity_code_is_refused() {
        CebMessageException e = refusal(SAMPLE.replaceFirst("<ceb:gcode>8541401000<", "<ceb:gcode>854140100<"));

        assertThat(e.errors().get(0).path()).isEqualTo("/CEB621Message/Inventory[1]/InventoryList[1]/gcode");
        assertThat(e.errors().get(0).messageEn()).contains("854140100");
    }

    @Test
    void an_amount_with_six_decimals_or_a_currency_other_than_yuan_is_refused() {
        assertThat(refusal(SAMPLE.replaceFirst("<ceb:freight>500<", "<ceb:freight>500.000001<")).code())
                .isEqualTo("CEB-002");
        CebMessageException currency = refusal(SAMPLE.replaceFirst("<ceb:currency>142<", "<ceb:currency>502<"));
        assertThat(currency.errors().get(0).messageEn()).contains("142");
    }

    @Test
    void an_inventory_message_without_its_signature_is_refused_because_the_schema_requires_it() {
        String unsigned = SAMPLE.replaceFirst("(?s)<ds:Signature.*</ds:Signature>", "");

        CebMessageException e = refusal(unsigned);

        assertThat(e.code()).isEqualTo("CEB-002");
        assertThat(e.errors().get(0).messageEn()).contains("Signature");
    }

    @Test
    void a_message_of_more_than_a_hundred_inventory_lists_is_refused() {
        assertThat(CebMessages.read(Samples.utf8(LargeMessages.inventoryMessage(100))).documents()).hasSize(100);

        CebMessageException e = refusal(LargeMessages.inventoryMessage(101));

        assertThat(e.code()).isEqualTo("CEB-002");
        assertThat(e.errors().get(0).path()).isEqualTo("/CEB621Message/Inventory[101]");
    }

    @Test
    void a_message_that_is_not_well_formed_is_refused_with_its_line() {
        String xml = SAMPLE.replaceFirst("</ceb:buyerName>", "</ceb:buyerNam>");

        CebMessageException e = refusal(xml);

        assertThat(e.errors()).hasSize(1);
        CebMessageError error = e.errors().get(0);
        assertThat(error.code()).isEqualTo(CebMessageError.NOT_WELL_FORMED);
        assertThat(error.specCode()).isEqualTo("0001");
        assertThat(error.line()).isEqualTo(lineOf(xml, "</ceb:buyerNam>", 1));
        assertThat(error.messageZh()).containsPattern("[\\u4e00-\\u9fff]");
        assertThat(refusal("").code()).isEqualTo("CEB-001");
        assertThat(refusal("{\"CEB621Message\":{}}").code()).isEqualTo("CEB-001");
    }

    @Test
    void a_message_with_an_external_entity_is_refused_without_reading_it(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE ceb:CEB621Message [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n" + SAMPLE.substring(SAMPLE.indexOf("<ceb:CEB621Message"))
                .replaceFirst("<ceb:buyerName>[^<]*<", "<ceb:buyerName>&x;<");

        CebMessageException e = refusal(xxe);

        assertThat(e.code()).isEqualTo(CebMessageError.DTD_NOT_ALLOWED);
        assertThat(e.errors()).hasSize(1);
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        assertThat(e.errors().get(0).messageZh()).contains("DOCTYPE");
    }

    @Test
    void a_message_with_a_parameter_entity_or_an_entity_bomb_is_refused_as_well(@TempDir Path dir) {
        String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \""
                + dir.resolve("evil.dtd").toUri() + "\"> %p;]><x/>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><lolz>&lol3;</lolz>";

        assertThat(refusal(parameterEntity).code()).isEqualTo("CEB-005");
        assertThat(refusal(laughs).code()).isEqualTo("CEB-005");
    }

    @Test
    void a_schema_location_hint_in_a_message_is_never_followed(@TempDir Path dir) throws Exception {
        Path lax = dir.resolve("lax.xsd");
        Files.writeString(lax, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\""
                + CebMessageType.NAMESPACE + "\"><xs:element name=\"CEB621Message\"/></xs:schema>");
        String hinted = SAMPLE.replaceFirst("<ceb:CEB621Message ", "<ceb:CEB621Message"
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
                + CebMessageType.NAMESPACE + " " + lax.toUri() + "\" ");
        String invalid = withoutNth(hinted, "buyerIdNumber", 1);

        assertThat(CebMessages.read(Samples.utf8(hinted))).isInstanceOf(Ceb621Message.class);
        assertThat(refusal(invalid).code()).as("the lax schema of the hint is not used").isEqualTo("CEB-002");
    }

    @Test
    void an_entity_reference_without_a_declaration_is_not_well_formed() {
        assertThat(refusal(SAMPLE.replaceFirst("<ceb:buyerName>[^<]*<", "<ceb:buyerName>&x;<")).code())
                .isEqualTo("CEB-001");
    }

    @Test
    void a_root_that_is_not_one_of_our_six_messages_is_refused_as_an_unsupported_type() {
        CebMessageException noNamespace = refusal("<CEB621Message guid=\"x\" version=\"1.0\"/>");
        assertThat(noNamespace.errors()).hasSize(1);
        assertThat(noNamespace.code()).isEqualTo(CebMessageError.UNSUPPORTED_TYPE);
        assertThat(noNamespace.errors().get(0).path()).isEqualTo("/CEB621Message");

        assertThat(refusal("<ceb:InventoryHead xmlns:ceb=\"" + CebMessageType.NAMESPACE + "\"/>").code())
                .isEqualTo("CEB-003");
        assertThat(refusal("<html><body/></html>").code()).isEqualTo("CEB-003");
    }

    @Test
    void a_message_larger_than_the_limit_is_refused_before_it_is_read() {
        byte[] xml = Samples.bytes("CEB621Message");

        CebMessageException e = assertThrows(CebMessageException.class, () -> CebMessages.read(xml, 1024));

        assertThat(e.code()).isEqualTo(CebMessageError.TOO_LARGE);
        assertThat(e.errors().get(0).specCode()).isEqualTo("0999");
        assertThat(e.errors().get(0).messageEn()).contains(String.valueOf(xml.length));
        assertThat(CebMessages.read(xml, xml.length)).isInstanceOf(Ceb621Message.class);
    }

    @Test
    void messages_in_another_declared_encoding_are_read_as_declared() {
        String gbk = SAMPLE.replaceFirst("encoding=\"UTF-8\"", "encoding=\"GBK\"");
        Ceb621Message m = (Ceb621Message) CebMessages.read(gbk.getBytes(java.nio.charset.Charset.forName("GBK")));

        assertThat(m.inventories().get(0).head().buyerName()).isEqualTo("李小宝");
    }

    @Test
    void error_texts_do_not_depend_on_the_platform_language() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            CebMessageException e = refusal(withoutNth(SAMPLE, "buyerIdNumber", 1));
            assertThat(e.errors().get(0).messageEn()).contains("Invalid content");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void the_exception_of_a_refused_message_requires_a_reason() {
        assertThatThrownBy(() -> new CebMessageException(java.util.List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(StandardCharsets.UTF_8).isNotNull();
    }
}
