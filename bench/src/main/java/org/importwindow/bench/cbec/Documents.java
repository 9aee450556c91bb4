package org.importwindow.bench.cbec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.clearance.ClearanceDecision;
import org.importwindow.ecommerce.clearance.InventoryClearance;
import org.importwindow.ecommerce.message.Ceb311Message;
import org.importwindow.ecommerce.message.Ceb411Message;
import org.importwindow.ecommerce.message.Ceb511Message;
import org.importwindow.ecommerce.message.Ceb621Message;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;

/**
 * The documents of one purchase as the core reads them from the generated messages (validated against the schema on
 * the way), ready to be decided.
 */
public record Documents(CbecPurchase purchase, Inventory list, Order order, PaymentHead payment,
                        LogisticsHead waybill) {

    /** The list's identity in the ledger, as the server forms it. */
    public String transactionId() {
        return "CEB621:" + list.head().agentCode() + ":" + list.head().copNo();
    }

    public ClearanceDecision decide(InventoryClearance clearance, LocalDate date, Ledger ledger) {
        return clearance.decide(list, order, payment, waybill, date, false, ledger, transactionId());
    }

    /** Read every batch's four messages back through {@link CebMessages#read}. */
    public static List<Documents> read(List<CebBatches.Batch> batches) {
        List<Documents> all = new ArrayList<>();
        for (CebBatches.Batch b : batches) {
            Ceb311Message orders = (Ceb311Message) CebMessages.read(b.message(CebXml.Kind.ORDERS));
            Ceb411Message payments = (Ceb411Message) CebMessages.read(b.message(CebXml.Kind.PAYMENTS));
            Ceb511Message waybills = (Ceb511Message) CebMessages.read(b.message(CebXml.Kind.WAYBILLS));
            Ceb621Message lists = (Ceb621Message) CebMessages.read(b.message(CebXml.Kind.LISTS));
            for (int i = 0; i < b.size(); i++) {
                all.add(new Documents(b.purchases().get(i), lists.inventories().get(i), orders.orders().get(i),
                        payments.payments().get(i), waybills.logistics().get(i)));
            }
        }
        return all;
    }
}
