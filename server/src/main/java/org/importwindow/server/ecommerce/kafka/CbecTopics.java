package org.importwindow.server.ecommerce.kafka;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.importwindow.ecommerce.message.CebMessageType;

/**
 * The topics of the Kafka runtime, all named from one prefix ({@code cbec.} by default): one per message type in,
 * receipts, tax bills, refused messages and the lists' states out. A topic admits only its own message type, so that the brokers' ACLs
 * (who may write to which topic) are also the roles of the enterprises (a logistics company writes waybills only).
 *
 * @param prefix prepended to every name, e.g. {@code cbec.} or {@code test-7.cbec.}
 */
public record CbecTopics(String prefix) {

    public static final CbecTopics DEFAULT = new CbecTopics("cbec.");

    public String order() {
        return prefix + "order";
    }

    public String payment() {
        return prefix + "payment";
    }

    public String waybill() {
        return prefix + "waybill";
    }

    public String inventory() {
        return prefix + "inventory";
    }

    public String cancel() {
        return prefix + "cancel";
    }

    /** Returns (CEB625). */
    public String refund() {
        return prefix + "return";
    }

    /** Receipts out, keyed by the customs code of the enterprise that sent the document. */
    public String receipts() {
        return prefix + "receipts";
    }

    /** Tax bills out (issued, cancelled, refunded), keyed by the customs code of the declaring agent. */
    public String taxBills() {
        return prefix + "tax-bills";
    }

    /** Messages that could not be read (not well-formed, not schema-valid, wrong topic), keyed as they came. */
    public String rejected() {
        return prefix + "rejected";
    }

    /**
     * The lists' states with their tax bills and their buyers' usage ({@link KafkaListView}), keyed by the buyer's
     * person key: what the single window's read side (HTTP API, pages) stores. Not for the enterprises: it carries the
     * lists as declared, buyers' ID numbers included.
     */
    public String lists() {
        return prefix + "lists";
    }

    /** The six input topics. */
    public List<String> inputs() {
        return List.of(order(), payment(), waybill(), inventory(), cancel(), refund());
    }

    /** The four output topics. */
    public List<String> outputs() {
        return List.of(receipts(), taxBills(), rejected(), lists());
    }

    /** The input topic of a message type. */
    public String inputOf(CebMessageType type) {
        return switch (type) {
            case CEB311 -> order();
            case CEB411 -> payment();
            case CEB511 -> waybill();
            case CEB621 -> inventory();
            case CEB623 -> cancel();
            case CEB625 -> refund();
            default -> throw new IllegalArgumentException(type + " is not an import message");
        };
    }

    /** The message type an input topic admits; empty for any other topic. */
    public Optional<CebMessageType> typeOf(String topic) {
        return Optional.ofNullable(Map.of(order(), CebMessageType.CEB311, payment(), CebMessageType.CEB411,
                waybill(), CebMessageType.CEB511, inventory(), CebMessageType.CEB621, cancel(),
                CebMessageType.CEB623, refund(), CebMessageType.CEB625).get(topic));
    }
}
