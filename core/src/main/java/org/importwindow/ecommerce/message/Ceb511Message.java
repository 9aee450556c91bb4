package org.importwindow.ecommerce.message;

import java.util.List;

/**
 * A CEB511 message: waybills (物流运单), 1 to 100 per message (each the schema's {@code Logistics/LogisticsHead}).
 *
 * @param guid the message guid (root attribute)
 * @param version the message version (root attribute)
 * @param logistics the documents, in the order sent
 * @param baseTransfer the sending enterprise
 * @param signaturePresent whether a {@code ds:Signature} element was present
 */
public record Ceb511Message(String guid, String version, List<LogisticsHead> logistics, BaseTransfer baseTransfer,
        boolean signaturePresent) implements CebMessage {

    public Ceb511Message {
        logistics = List.copyOf(logistics);
    }

    @Override
    public CebMessageType type() {
        return CebMessageType.CEB511;
    }

    @Override
    public List<LogisticsHead> documents() {
        return logistics;
    }
}
