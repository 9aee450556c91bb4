package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A message refused as a message is answered with the specification's format-check receipt CEB900. */
class FormatReceiptsTest {
    private static final String GUID = "0F1E2D3C-4B5A-4697-8877-665544332211";

    @Test
    void a_message_failing_the_schema_gets_a_valid_ceb900_echoing_it_with_the_reason() {
        byte[] broken = Samples.utf8(Samples.text("CEB621Message")
                .replaceFirst("<ceb:buyerIdNumber>[^<]*</ceb:buyerIdNumber>", ""));
        CebMessageException refusal = assertThrows(CebMessageException.class, () -> CebMessages.read(broken));

        String xml = FormatReceipts.toXml(refusal, GUID, "20260301120000000", "", broken);

        assertThat(CebMessages.validate(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(CebMessages.typeOf(xml.getBytes(StandardCharsets.UTF_8))).isEqualTo(CebMessageType.CEB900);
        assertThat(xml).contains("<returnStatus>-2</returnStatus>")
                .contains("<oriMessageType>CEB621Message</oriMessageType>")
                .contains("CEB-002 /CEB621Message/Inventory[1]/InventoryHead/buyerName")
                .contains("&lt;ceb:CEB621Message");
    }

    @Test
    void a_message_that_is_not_xml_gets_a_ceb900_of_an_unknown_type() {
        byte[] junk = "{\"not\":\"xml\"}".getBytes(StandardCharsets.UTF_8);
        CebMessageException refusal = assertThrows(CebMessageException.class, () -> CebMessages.read(junk));

        String xml = FormatReceipts.toXml(refusal, GUID, "20260301120000000", "copmsg-1", junk);

        assertThat(CebMessages.validate(xml.getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(xml).contains("<returnStatus>-1</returnStatus>").contains("<oriMessageType>Unknown<");
    }
}
