package org.importwindow.ecommerce.message;

import java.util.List;

/**
 * A CEB311 message: e-commerce orders (电子订单), 1 to 100 per message.
 *
 * @param guid the message guid (root attribute)
 * @param version the message version (root attribute)
 * @param orders the documents, in the order sent
 * @param baseTransfer the sending enterprise
 * @param signaturePresent whether a {@code ds:Signature} element was present
 */
public record Ceb311Message(String guid, String version, List<Order> orders, BaseTransfer baseTransfer,
        boolean signaturePresent) implements CebMessage {

    public Ceb311Message {
        orders = List.copyOf(orders);
    }

    @Override
    public CebMessageType type() {
        return CebMessageType.CEB311;
    }

    @Override
    public List<Order> documents() {
        return orders;
    }
}
