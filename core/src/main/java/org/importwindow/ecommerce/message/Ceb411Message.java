package org.importwindow.ecommerce.message;

import java.util.List;

/**
 * A CEB411 message: payment vouchers (支付凭证), 1 to 100 per message (each the schema's {@code Payment/PaymentHead}).
 *
 * @param guid the message guid (root attribute)
 * @param version the message version (root attribute)
 * @param payments the documents, in the order sent
 * @param baseTransfer the sending enterprise
 * @param signaturePresent whether a {@code ds:Signature} element was present
 */
public record Ceb411Message(String guid, String version, List<PaymentHead> payments, BaseTransfer baseTransfer,
        boolean signaturePresent) implements CebMessage {

    public Ceb411Message {
        payments = List.copyOf(payments);
    }

    @Override
    public CebMessageType type() {
        return CebMessageType.CEB411;
    }

    @Override
    public List<PaymentHead> documents() {
        return payments;
    }
}
