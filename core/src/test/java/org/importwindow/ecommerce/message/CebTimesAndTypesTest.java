package org.importwindow.ecommerce.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The specification's time texts and message types. */
class CebTimesAndTypesTest {

    @Test
    void message_times_are_read_strictly_and_written_back_in_the_same_form() {
        assertThat(CebTimes.dateTime("20160315153555")).contains(LocalDateTime.of(2016, 3, 15, 15, 35, 55));
        assertThat(CebTimes.date("20160308")).contains(LocalDate.of(2016, 3, 8));
        assertThat(CebTimes.returnTime("20160512102646001"))
                .contains(LocalDateTime.of(2016, 5, 12, 10, 26, 46, 1_000_000));
        assertThat(CebTimes.dayOf("20160315153555")).contains(LocalDate.of(2016, 3, 15));
        assertThat(CebTimes.dayOf("20160308")).contains(LocalDate.of(2016, 3, 8));

        assertThat(CebTimes.dateTime("20160231120000")).as("31 February").isEmpty();
        assertThat(CebTimes.dateTime("20160315243555")).as("hour 24").isEmpty();
        assertThat(CebTimes.dateTime("2016-03-15 15:3")).isEmpty();
        assertThat(CebTimes.date(null)).isEmpty();
        assertThat(CebTimes.date("2016030")).isEmpty();

        LocalDateTime t = LocalDateTime.of(2026, 1, 2, 3, 4, 5, 6_000_000);
        assertThat(CebTimes.formatReturnTime(t)).isEqualTo("20260102030405006");
        assertThat(CebTimes.formatDateTime(t)).isEqualTo("20260102030405");
        assertThat(CebTimes.formatDate(t.toLocalDate())).isEqualTo("20260102");
    }

    @Test
    void each_import_message_is_answered_by_its_receipt_type() {
        assertThat(CebMessageType.CEB311.receipt()).contains(CebMessageType.CEB312);
        assertThat(CebMessageType.CEB411.receipt()).contains(CebMessageType.CEB412);
        assertThat(CebMessageType.CEB511.receipt()).contains(CebMessageType.CEB512);
        assertThat(CebMessageType.CEB621.receipt()).contains(CebMessageType.CEB622);
        assertThat(CebMessageType.CEB623.receipt()).contains(CebMessageType.CEB624);
        assertThat(CebMessageType.CEB625.receipt()).contains(CebMessageType.CEB626);
        assertThat(CebMessageType.CEB622.receipt()).isEmpty();
        assertThat(CebMessageType.CEB816.receipt()).isEmpty();

        assertThat(CebMessageType.ofRootElement("CEB621Message")).contains(CebMessageType.CEB621);
        assertThat(CebMessageType.ofRootElement("CEB999Message")).isEmpty();
        assertThat(CebMessageType.CEB621.code()).isEqualTo("621");
        assertThat(CebMessageType.CEB621.documentElement()).isEqualTo("Inventory");
        assertThat(CebMessageType.CEB622.documentElement()).isEqualTo("InventoryReturn");
        assertThat(java.util.Arrays.stream(CebMessageType.values()).filter(CebMessageType::readable))
                .containsExactly(CebMessageType.CEB311, CebMessageType.CEB411, CebMessageType.CEB511,
                        CebMessageType.CEB621, CebMessageType.CEB623, CebMessageType.CEB625);
    }

    @Test
    void every_message_type_is_a_root_element_of_the_schema() {
        for (CebMessageType t : CebMessageType.values()) {
            assertThat(CebSchema.get().childOrder(t.rootElement())).as(t.name()).contains(t.documentElement());
        }
    }

    @Test
    void receipt_status_codes_are_the_specifications() {
        assertThat(ReturnStatus.ofCode("800")).contains(ReturnStatus.RELEASED);
        assertThat(ReturnStatus.ofCode("120")).contains(ReturnStatus.STORED);
        assertThat(ReturnStatus.REJECTED.code()).isEqualTo("100");
        assertThat(ReturnStatus.ofCode("-621018")).isEmpty();
    }
}
