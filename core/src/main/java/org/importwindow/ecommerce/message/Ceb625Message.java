package org.importwindow.ecommerce.message;

import java.util.List;

/**
 * A CEB625 message: return requests (退货申请单), 1 to 100 per message.
 *
 * @param guid the message guid (root attribute)
 * @param version the message version (root attribute)
 * @param invtRefunds the documents, in the order sent
 * @param baseTransfer the sending enterprise
 * @param signaturePresent whether a {@code ds:Signature} element was present
 */
public record Ceb625Message(String guid, String version, List<InvtRefund> invtRefunds, BaseTransfer baseTransfer,
        boolean signaturePresent) implements CebMessage {

    public Ceb625Message {
        invtRefunds = List.copyOf(invtRefunds);
    }

    @Override
    public CebMessageType type() {
        return CebMessageType.CEB625;
    }

    @Override
    public List<InvtRefund> documents() {
        return invtRefunds;
    }
}
