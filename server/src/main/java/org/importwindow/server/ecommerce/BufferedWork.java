package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.DocumentRow;
import org.importwindow.server.ecommerce.CbecStore.ListRow;
import org.importwindow.server.ecommerce.CbecStore.MessageRow;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;

/**
 * The single writer's working memory: the documents received recently and the lists still waiting (which is all the
 * matching reads), so that deciding a list needs no query; and the group's rows, written with one batch per table
 * just before its commit. The database stays the record: memory is filled from it on start and whenever a group
 * fails ({@link #forget}), and the tables' keys catch what memory cannot know (a document or list sent again after a
 * restart): the group then fails and its tasks are retried alone with {@link DirectWork}.
 *
 * <p>Only one node may run this writer against a database (the embedded runtime); to scale out, use the Kafka
 * runtime.
 */
final class BufferedWork implements CbecWork {
    private static final int REMEMBERED = 200_000;

    private record Key(String a, String b) {
    }

    private final CbecStore store;
    private final CachedLedger cachedLedger;
    private final Ledger ledger;

    private final Map<Key, Order> orders = bounded();
    private final Map<Key, PaymentHead> payments = bounded();
    private final Map<Key, LogisticsHead> waybills = bounded();
    /** Lists by (agent, copNo), recent ones; a list not here may still be in the database (its key catches it). */
    private final Map<Key, StoredList> lists = bounded();
    /** Every pending list (complete: loaded on start), and which wait for which order or waybill. */
    private final WaitingLists waitingLists = new WaitingLists();
    private boolean loaded;

    private final List<MessageRow> messageRows = new ArrayList<>();
    private final Set<String> messageGuids = new HashSet<>();
    private final List<DocumentRow> orderRows = new ArrayList<>();
    private final List<DocumentRow> paymentRows = new ArrayList<>();
    private final List<DocumentRow> waybillRows = new ArrayList<>();
    private final Map<String, ListRow> listInserts = new LinkedHashMap<>();
    private final Map<String, StoredList> listUpdates = new LinkedHashMap<>();
    private final List<StoredTaxBill> billRows = new ArrayList<>();
    private final List<OwnedReceipt> receiptRows = new ArrayList<>();

    private final CbecCounts counts = new CbecCounts();
    private final CbecMeter meter;

    BufferedWork(CbecStore store, CachedLedger cachedLedger, PersonKeys keys, CbecMeter meter) {
        this.meter = meter;
        this.store = store;
        this.cachedLedger = cachedLedger;
        this.ledger = new KeyedLedger(cachedLedger, keys);
    }

    private static <V> Map<Key, V> bounded() {
        return new LinkedHashMap<>(1 << 12, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    private void load() {
        if (!loaded) {
            store.allPending().forEach(waitingLists::add);
            loaded = true;
        }
    }

    @Override
    public Optional<StoredMessage> storedMessage(String guid) {
        if (messageGuids.contains(guid)) {
            flush();
        }
        return store.storedMessage(guid);
    }

    @Override
    public List<Receipt> receiptsOfMessage(String guid) {
        flush();
        return store.receiptsOfMessage(guid);
    }

    @Override
    public void insertMessage(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents,
                              CbecService.Body body, String contentType) {
        messageGuids.add(guid);
        messageRows.add(new MessageRow(guid, type, sender, at, documents, body, contentType, null));
    }

    @Override
    public boolean insertOrder(Order o, String messageGuid, int position, String sender, OffsetDateTime at) {
        Key k = new Key(o.head().ebpCode(), o.head().orderNo());
        if (orders.containsKey(k)) {
            return false;
        }
        orders.put(k, o);
        orderRows.add(new DocumentRow(k.a(), k.b(), k.b(), o.head().guid(), messageGuid, position, sender, at));
        return true;
    }

    @Override
    public boolean insertPayment(PaymentHead p, String messageGuid, int position, String sender, OffsetDateTime at) {
        Key k = new Key(p.ebpCode(), p.orderNo());
        if (payments.containsKey(k)) {
            return false;
        }
        payments.put(k, p);
        paymentRows.add(new DocumentRow(k.a(), k.b(), k.b(), p.guid(), messageGuid, position, sender, at));
        return true;
    }

    @Override
    public boolean insertWaybill(LogisticsHead l, String messageGuid, int position, String sender, OffsetDateTime at) {
        Key k = new Key(l.logisticsCode(), l.logisticsNo());
        if (waybills.containsKey(k)) {
            return false;
        }
        waybills.put(k, l);
        waybillRows.add(new DocumentRow(k.a(), k.b(), l.orderNo(), l.guid(), messageGuid, position, sender, at));
        return true;
    }

    @Override
    public Optional<Order> order(String ebpCode, String orderNo) {
        return remembered(orders, new Key(ebpCode, orderNo), () -> store.order(ebpCode, orderNo));
    }

    @Override
    public Optional<PaymentHead> payment(String ebpCode, String orderNo) {
        return remembered(payments, new Key(ebpCode, orderNo), () -> store.payment(ebpCode, orderNo));
    }

    @Override
    public Optional<LogisticsHead> waybill(String logisticsCode, String logisticsNo) {
        return remembered(waybills, new Key(logisticsCode, logisticsNo),
                () -> store.waybill(logisticsCode, logisticsNo));
    }

    /**
     * A document from memory, or else from the database (received before this process started, or forgotten: the
     * database has it if anyone does), then remembered.
     */
    private static <V> Optional<V> remembered(Map<Key, V> memory, Key k, Supplier<Optional<V>> stored) {
        V v = memory.get(k);
        if (v == null) {
            v = stored.get().orElse(null);
            if (v != null) {
                memory.put(k, v);
            }
        }
        return Optional.ofNullable(v);
    }

    @Override
    public List<StoredList> pendingForOrder(String ebpCode, String orderNo) {
        load();
        return waitingLists.forOrder(ebpCode, orderNo);
    }

    @Override
    public List<StoredList> pendingForWaybill(String logisticsCode, String logisticsNo) {
        load();
        return waitingLists.forWaybill(logisticsCode, logisticsNo);
    }

    @Override
    public List<StoredList> pendingSince(OffsetDateTime before, int limit) {
        flush();
        return store.pendingSince(before, limit);
    }

    @Override
    public Optional<StoredList> listByCopNo(String agentCode, String copNo) {
        return Optional.ofNullable(lists.get(new Key(agentCode, copNo)));
    }

    @Override
    public Optional<StoredList> listByInvtNo(String invtNo) {
        flush();
        return store.listByInvtNo(invtNo);
    }

    @Override
    public void insertList(StoredList l, String messageGuid) {
        load();
        lists.put(new Key(l.agentCode(), l.copNo()), l);
        listInserts.put(l.guid(), new ListRow(l, messageGuid));
        if ("PENDING".equals(l.status())) {
            waitingLists.add(l);
        }
    }

    @Override
    public void replaceRefusedList(String refusedGuid, StoredList l, String messageGuid) {
        flush();
        store.replaceRefusedList(refusedGuid, l, messageGuid);
        lists.put(new Key(l.agentCode(), l.copNo()), l);
        if ("PENDING".equals(l.status())) {
            waitingLists.add(l);
        }
    }

    @Override
    public void updateList(StoredList l, String status, String returnStatus, String invtNo, OffsetDateTime decidedAt,
                           LocalDate releaseDate, BigDecimal taxTotal) {
        StoredList next = new StoredList(l.guid(), l.agentCode(), l.copNo(), l.preNo(), invtNo, l.ebpCode(),
                l.orderNo(), l.logisticsCode(), l.logisticsNo(), l.personKey(), l.personMasked(), status, returnStatus,
                l.receivedAt(), decidedAt, releaseDate, taxTotal, l.senderCode(), l.inventory());
        waitingLists.remove(l);
        if ("PENDING".equals(status)) {
            waitingLists.add(next);
        }
        lists.put(new Key(l.agentCode(), l.copNo()), next);
        ListRow inserted = listInserts.get(l.guid());
        if (inserted != null) {
            listInserts.put(l.guid(), new ListRow(next, inserted.messageGuid()));
        } else {
            listUpdates.put(l.guid(), next);
        }
        if (!"PENDING".equals(status)) {
            // matched and decided: its documents are not needed again by the matching
            orders.remove(new Key(l.ebpCode(), l.orderNo()));
            payments.remove(new Key(l.ebpCode(), l.orderNo()));
            waybills.remove(new Key(l.logisticsCode(), l.logisticsNo()));
        }
    }

    @Override
    public void insertTaxBill(StoredTaxBill b) {
        billRows.add(b);
    }

    @Override
    public Optional<String> taxBillJson(String invtNo) {
        flush();
        return store.taxBillJson(invtNo);
    }

    @Override
    public void updateTaxBillStatus(String invtNo, String status) {
        flush();
        store.updateTaxBillStatus(invtNo, status);
    }

    @Override
    public void insertReceipts(List<OwnedReceipt> receipts) {
        receiptRows.addAll(receipts);
    }

    @Override
    public void answered(String messageGuid, List<Receipt> receipts) {
        for (int i = messageRows.size() - 1; i >= 0; i--) {
            if (messageRows.get(i).guid().equals(messageGuid)) {
                messageRows.set(i, messageRows.get(i).withAnswer(store.answerBody(receipts)));
                return;
            }
        }
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
        store.insertMessages(messageRows);
        store.insertOrders(orderRows);
        store.insertPayments(paymentRows);
        store.insertWaybills(waybillRows);
        store.insertLists(new ArrayList<>(listInserts.values()));
        store.updateLists(new ArrayList<>(listUpdates.values()));
        store.insertTaxBills(billRows);
        store.insertReceipts(receiptRows);
        cachedLedger.flush();
        CbecCounts.Drained d = counts.drain();
        store.addCounts(d.counts());
        meter.record(d.decided(), d.received());
        messageRows.clear();
        messageGuids.clear();
        orderRows.clear();
        paymentRows.clear();
        waybillRows.clear();
        listInserts.clear();
        listUpdates.clear();
        billRows.clear();
        receiptRows.clear();
    }

    /** A group failed: nothing of it was written, so nothing of it may be remembered. */
    void forget() {
        orders.clear();
        payments.clear();
        waybills.clear();
        lists.clear();
        waitingLists.clear();
        loaded = false;
        messageRows.clear();
        messageGuids.clear();
        orderRows.clear();
        paymentRows.clear();
        waybillRows.clear();
        listInserts.clear();
        listUpdates.clear();
        billRows.clear();
        receiptRows.clear();
        counts.clear();
        cachedLedger.forget();
    }
}
