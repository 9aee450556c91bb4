package org.importwindow.server.ecommerce.kafka;

import java.util.List;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.InvtCancel;
import org.importwindow.ecommerce.message.InvtRefund;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecJson;

/**
 * What flows between the stages of the topology (on its repartition topics, as JSON) and to its output branches: one
 * document with who sent it, a list with its three documents on the way to its buyer's partition, or something to
 * publish. Only the fields of its {@link Kind} are set.
 *
 * @param messageGuid the message the document came in; for a receipt, the message it answers (null when it answers a
 *                    list decided later, when another document arrived or the wait ran out)
 * @param sender      the customs code of the enterprise that sent the document: the owner of its receipts
 * @param receivedAt  when the document was received (epoch ms, the input record's timestamp); for a list, when the
 *                    list was
 * @param preNo       the pre-entry number given to a list when it arrived
 * @param listMessage for a list on its way to its buyer, the message it came in (even when {@code messageGuid},
 *                    the message to answer, is null)
 * @param view        a list's state for the single window's read side
 */
record CbecEvent(Kind kind, String messageGuid, String sender, long receivedAt, Order order, PaymentHead payment,
                 LogisticsHead waybill, Inventory list, InvtCancel cancel, InvtRefund refund, String preNo,
                 Receipt receipt, CbecJson.TaxBillJson taxBill, String topic, List<String> problems,
                 String listMessage, KafkaListView view) {

    enum Kind {
        /** Documents, to the stage joining them by order number. */
        ORDER, PAYMENT, WAYBILL, LIST,
        /** Cancellations and returns, to the buyer's partition. */
        CANCEL, RETURN,
        /** A list whose three documents are all there, with them, to the buyer's partition. */
        DECIDE,
        /** Out: a receipt for {@code sender}, a tax bill, a message that could not be read, a list's state. */
        RECEIPT, TAX_BILL, REJECTED, LIST_VIEW
    }

    static CbecEvent document(Kind kind, String messageGuid, String sender, long receivedAt, Object document) {
        return new CbecEvent(kind, messageGuid, sender, receivedAt,
                document instanceof Order o ? o : null,
                document instanceof PaymentHead p ? p : null,
                document instanceof LogisticsHead w ? w : null,
                document instanceof Inventory i ? i : null,
                document instanceof InvtCancel c ? c : null,
                document instanceof InvtRefund r ? r : null, null, null, null, null, null, null, null);
    }

    /** This list with the pre-entry number given to it when it arrived. */
    CbecEvent withPreNo(String number) {
        return new CbecEvent(kind, messageGuid, sender, receivedAt, order, payment, waybill, list, cancel, refund,
                number, receipt, taxBill, topic, problems, listMessage, view);
    }

    static CbecEvent decide(String messageGuid, String sender, long receivedAt, Inventory list, Order order,
                            PaymentHead payment, LogisticsHead waybill, String preNo, String listMessage) {
        return new CbecEvent(Kind.DECIDE, messageGuid, sender, receivedAt, order, payment, waybill, list, null, null,
                preNo, null, null, null, null, listMessage, null);
    }

    static CbecEvent receipt(String owner, String messageGuid, Receipt receipt) {
        return new CbecEvent(Kind.RECEIPT, messageGuid, owner, 0, null, null, null, null, null, null, null, receipt,
                null, null, null, null, null);
    }

    static CbecEvent taxBill(String owner, CbecJson.TaxBillJson bill) {
        return new CbecEvent(Kind.TAX_BILL, null, owner, 0, null, null, null, null, null, null, null, null, bill, null,
                null, null, null);
    }

    static CbecEvent rejected(String topic, String messageGuid, List<String> problems) {
        return new CbecEvent(Kind.REJECTED, messageGuid, null, 0, null, null, null, null, null, null, null, null,
                null, topic, problems, null, null);
    }

    static CbecEvent listView(KafkaListView view) {
        return new CbecEvent(Kind.LIST_VIEW, null, view.sender(), 0, null, null, null, null, null, null, null, null,
                null, null, null, null, view);
    }
}
