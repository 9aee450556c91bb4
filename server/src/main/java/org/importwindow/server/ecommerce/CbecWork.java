package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.CbecTaxBill;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;

/**
 * What the decisions of {@link CbecService} read and write, in the processor's transaction. Two ways of doing it:
 * {@link DirectWork} goes to the database for every read and write (used to retry a group alone when its shared
 * transaction failed); {@link BufferedWork} keeps what the single writer needs in memory and writes each group's
 * rows in batches just before its commit (the normal way).
 */
interface CbecWork {
    /**
     * What the documents of {@code message} will ask the store for, read at once before they are handled (a store
     * that reads on a miss may batch those reads), with the allowance usages on {@code day} of {@code buyers} (the
     * {@link PersonKeys} keys of its lists' buyers, made before it is handled; none for other messages); forgotten
     * again by {@link #handled}. Nothing by default.
     */
    default void prefetch(org.importwindow.ecommerce.message.CebMessage message, java.util.List<String> buyers,
                          java.time.LocalDate day) {
    }

    /** The message given to {@link #prefetch} was handled: what was read for it is not current any more. */
    default void handled() {
    }

    /** The type and sender of the message stored under {@code guid}, if one is. */
    Optional<StoredMessage> storedMessage(String guid);

    /** What identifies a stored message besides its guid: a resend has the same. */
    record StoredMessage(CebMessageType type, String sender) {
    }

    List<Receipt> receiptsOfMessage(String guid);

    void insertMessage(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents, CbecService.Body body,
                       String contentType);

    /** False when a document with its key is there already (nothing written); position: its place in its message. */
    boolean insertOrder(Order o, String messageGuid, int position, String sender, OffsetDateTime at);

    boolean insertPayment(PaymentHead p, String messageGuid, int position, String sender, OffsetDateTime at);

    boolean insertWaybill(LogisticsHead l, String messageGuid, int position, String sender, OffsetDateTime at);

    Optional<Order> order(String ebpCode, String orderNo);

    Optional<PaymentHead> payment(String ebpCode, String orderNo);

    Optional<LogisticsHead> waybill(String logisticsCode, String logisticsNo);

    List<StoredList> pendingForOrder(String ebpCode, String orderNo);

    List<StoredList> pendingForWaybill(String logisticsCode, String logisticsNo);

    List<StoredList> pendingSince(OffsetDateTime before, int limit);

    Optional<StoredList> listByCopNo(String agentCode, String copNo);

    Optional<StoredList> listByInvtNo(String invtNo);

    void insertList(StoredList l, String messageGuid);

    void replaceRefusedList(String refusedGuid, StoredList l, String messageGuid);

    /** {@link #insertList}, knowing the list's position in its CEB621 message (a store may keep only where it is). */
    default void insertList(StoredList l, String messageGuid, int position) {
        insertList(l, messageGuid);
    }

    default void replaceRefusedList(String refusedGuid, StoredList l, String messageGuid, int position) {
        replaceRefusedList(refusedGuid, l, messageGuid);
    }

    void updateList(StoredList l, String status, String returnStatus, String invtNo, OffsetDateTime decidedAt,
                    LocalDate releaseDate, BigDecimal taxTotal);

    void insertTaxBill(StoredTaxBill b);

    Optional<String> taxBillJson(String invtNo);

    /**
     * A released list's tax bill: {@code row} without its JSON, and the bill. By default the bill is written as JSON
     * at once ({@link #insertTaxBill(StoredTaxBill)}); a store may keep its figures and make the JSON when read.
     */
    default void insertTaxBill(StoredTaxBill row, CbecTaxBill bill, TaxBillJson bills) {
        insertTaxBill(new StoredTaxBill(row.invtNo(), row.inventoryGuid(), row.copNo(), row.owner(), row.orderNo(),
                row.customsTax(), row.valueAddedTax(), row.consumptionTax(), row.taxTotal(), row.status(),
                row.issuedAt(), bills.write(bill)));
    }

    /** The bill of a released list, as a cancellation or a return reads it. */
    default Optional<CbecTaxBill> taxBill(String invtNo, TaxBillJson bills) {
        return taxBillJson(invtNo).map(bills::read);
    }

    void updateTaxBillStatus(String invtNo, String status);

    void insertReceipts(List<OwnedReceipt> receipts);

    /** The receipts a message was answered with, kept with the message for its resends. */
    void answered(String messageGuid, List<Receipt> receipts);

    /** The officer's counters of this task (written with the group). */
    CbecCounts counts();

    long nextNumberBlock();

    /** The allowance ledger, keyed by the buyers' resident ID numbers. */
    Ledger ledger();

    /** Write what is buffered (before a commit, or before a read that must see it). */
    void flush();
}
