package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;

/** Every read and write straight to the database: the careful way, for a task retried alone. */
final class DirectWork implements CbecWork {
    private final CbecStore store;
    private final Ledger ledger;
    private final CbecMeter meter;
    private final CbecCounts counts = new CbecCounts();

    DirectWork(CbecStore store, Ledger ledger, CbecMeter meter) {
        this.store = store;
        this.ledger = ledger;
        this.meter = meter;
    }

    @Override
    public Optional<StoredMessage> storedMessage(String guid) {
        return store.storedMessage(guid);
    }

    @Override
    public List<Receipt> receiptsOfMessage(String guid) {
        return store.receiptsOfMessage(guid);
    }

    @Override
    public void insertMessage(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents,
                              CbecService.Body body, String contentType) {
        store.insertMessage(guid, type, sender, at, documents, body, contentType);
    }

    @Override
    public boolean insertOrder(Order o, String messageGuid, int position, String sender, OffsetDateTime at) {
        return store.insertOrder(o, messageGuid, position, sender, at);
    }

    @Override
    public boolean insertPayment(PaymentHead p, String messageGuid, int position, String sender, OffsetDateTime at) {
        return store.insertPayment(p, messageGuid, position, sender, at);
    }

    @Override
    public boolean insertWaybill(LogisticsHead l, String messageGuid, int position, String sender, OffsetDateTime at) {
        return store.insertWaybill(l, messageGuid, position, sender, at);
    }

    @Override
    public Optional<Order> order(String ebpCode, String orderNo) {
        return store.order(ebpCode, orderNo);
    }

    @Override
    public Optional<PaymentHead> payment(String ebpCode, String orderNo) {
        return store.payment(ebpCode, orderNo);
    }

    @Override
    public Optional<LogisticsHead> waybill(String logisticsCode, String logisticsNo) {
        return store.waybill(logisticsCode, logisticsNo);
    }

    @Override
    public List<StoredList> pendingForOrder(String ebpCode, String orderNo) {
        return store.pendingForOrder(ebpCode, orderNo);
    }

    @Override
    public List<StoredList> pendingForWaybill(String logisticsCode, String logisticsNo) {
        return store.pendingForWaybill(logisticsCode, logisticsNo);
    }

    @Override
    public List<StoredList> pendingSince(OffsetDateTime before, int limit) {
        return store.pendingSince(before, limit);
    }

    @Override
    public Optional<StoredList> listByCopNo(String agentCode, String copNo) {
        return store.listByCopNo(agentCode, copNo);
    }

    @Override
    public Optional<StoredList> listByInvtNo(String invtNo) {
        return store.listByInvtNo(invtNo);
    }

    @Override
    public void insertList(StoredList l, String messageGuid) {
        store.insertList(l, messageGuid);
    }

    @Override
    public void replaceRefusedList(String refusedGuid, StoredList l, String messageGuid) {
        store.replaceRefusedList(refusedGuid, l, messageGuid);
    }

    @Override
    public void updateList(StoredList l, String status, String returnStatus, String invtNo, OffsetDateTime decidedAt,
                           LocalDate releaseDate, BigDecimal taxTotal) {
        store.updateList(l.guid(), status, returnStatus, invtNo, decidedAt, releaseDate, taxTotal);
    }

    @Override
    public void insertTaxBill(StoredTaxBill b) {
        store.insertTaxBill(b);
    }

    @Override
    public Optional<String> taxBillJson(String invtNo) {
        return store.taxBillJson(invtNo);
    }

    @Override
    public void updateTaxBillStatus(String invtNo, String status) {
        store.updateTaxBillStatus(invtNo, status);
    }

    @Override
    public void insertReceipts(List<OwnedReceipt> receipts) {
        store.insertReceipts(receipts);
    }

    @Override
    public void answered(String messageGuid, List<Receipt> receipts) {
        store.answer(messageGuid, receipts);
    }

    @Override
    public CbecCounts counts() {
        return counts;
    }

    @Override
    public long nextNumberBlock() {
        return store.nextNumberBlock();
    }

    @Override
    public Ledger ledger() {
        return ledger;
    }

    @Override
    public void flush() {
        if (!counts.isEmpty()) {
            CbecCounts.Drained d = counts.drain();
            store.addCounts(d.counts());
            meter.record(d.decided(), d.received());
        }
    }

    /** The task failed alone too: its counts were not written. */
    void forget() {
        counts.clear();
    }
}
