package org.importwindow.server.ecommerce.kafka;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.message.Inventory;

/**
 * An inventory list's state as the topology publishes it on the lists topic, for the single window's read side (the
 * tables the HTTP API and the pages read): what the database keeps of a list ({@code cbec_inventory}), its tax bill
 * ({@code cbec_tax_bill}) and its buyer's allowance usage ({@code allowance_usage}) after the step that produced it.
 * One record carries all three so that they are stored together: a tax bill is never readable without its list (the
 * CEB816 message reads both), and a buyer's usage moves with the lists that moved it.
 *
 * <p>Two kinds. A <em>full</em> state ({@code inventory} set) is the list as declared with its numbers, times and
 * status: PENDING (waiting for its documents), REFUSED or RELEASED (with its bill, ISSUED). A <em>change</em>
 * ({@code inventory} null) only moves a list already published: CANCELLED (bill CANCELLED), or, with {@code status}
 * null, a return accepted (bill REFUNDED, the list stays released). Both carry the buyer's usage when the ledger moved.
 *
 * <p>The key of the record is {@code personKey}: a list's states and its buyer's usage are in one partition, in the
 * order they happened. The list as declared holds the buyer's ID number, as the inventory topic does; the rest keeps
 * the buyer under the key and the masked number only.
 *
 * @param receivedAt when the list was received (epoch ms)
 * @param decidedAt  when it was released, refused or cancelled (epoch ms); null while it waits
 * @param sender     the customs code of the enterprise that sent the list (the declaring agent)
 * @param messageGuid the message the list came in
 */
public record KafkaListView(String guid, String agentCode, String copNo, String preNo, String invtNo, String ebpCode,
                            String orderNo, String logisticsCode, String logisticsNo, String personKey,
                            String personMasked, String status, String returnStatus, Long receivedAt, Long decidedAt,
                            LocalDate releaseDate, BigDecimal taxTotal, String sender, String messageGuid,
                            Inventory inventory, Bill bill, Usage usage) {

    /** Whether this is a list's whole state (it can create the list's row), not a change of a list published before. */
    public boolean full() {
        return inventory != null;
    }

    /**
     * The list's tax bill: its status (ISSUED, CANCELLED, REFUNDED) and, when issued, the figures and the whole bill
     * (lines without the engine's working, as the embedded runtime keeps it).
     *
     * @param issuedAt epoch ms; null on a change of status
     */
    public record Bill(String invtNo, String status, Long issuedAt, CbecTaxBill bill) {
    }

    /** The buyer's usage of an allowance in a period ({@code 2026}) after this step: the value, not a difference. */
    public record Usage(String scheme, String period, BigDecimal used) {
    }

    /** Read one from the topic's value (UTF-8 JSON). */
    public static KafkaListView parse(byte[] json) {
        return KafkaJson.MAPPER.readValue(json, KafkaListView.class);
    }
}
