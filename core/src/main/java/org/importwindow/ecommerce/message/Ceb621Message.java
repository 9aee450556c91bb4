package org.importwindow.ecommerce.message;

import java.util.List;

/**
 * A CEB621 message: import inventory lists (进口清单), 1 to 100 per message.
 *
 * @param guid the message guid (root attribute)
 * @param version the message version (root attribute)
 * @param inventories the documents, in the order sent
 * @param baseTransfer the sending enterprise
 * @param signaturePresent whether a {@code ds:Signature} element was present
 */
public record Ceb621Message(String guid, String version, List<Inventory> inventories, BaseTransfer baseTransfer,
        boolean signaturePresent) implements CebMessage {

    public Ceb621Message {
        inventories = List.copyOf(inventories);
    }

    @Override
    public CebMessageType type() {
        return CebMessageType.CEB621;
    }

    @Override
    public List<Inventory> documents() {
        return inventories;
    }
}
