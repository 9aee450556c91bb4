package org.importwindow.ecommerce.message;

import java.util.List;

/**
 * A CEB623 message: cancellation requests (撤销申请单), 1 to 100 per message.
 *
 * @param guid the message guid (root attribute)
 * @param version the message version (root attribute)
 * @param invtCancels the documents, in the order sent
 * @param baseTransfer the sending enterprise
 * @param signaturePresent whether a {@code ds:Signature} element was present
 */
public record Ceb623Message(String guid, String version, List<InvtCancel> invtCancels, BaseTransfer baseTransfer,
        boolean signaturePresent) implements CebMessage {

    public Ceb623Message {
        invtCancels = List.copyOf(invtCancels);
    }

    @Override
    public CebMessageType type() {
        return CebMessageType.CEB623;
    }

    @Override
    public List<InvtCancel> documents() {
        return invtCancels;
    }
}
