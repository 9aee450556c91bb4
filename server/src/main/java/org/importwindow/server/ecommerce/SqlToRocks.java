package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Consumer;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.ecommerce.message.Ceb311Message;
import org.importwindow.ecommerce.message.Ceb411Message;
import org.importwindow.ecommerce.message.Ceb511Message;
import org.importwindow.ecommerce.message.Ceb621Message;
import org.importwindow.ecommerce.message.CebMessage;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.importwindow.server.ecommerce.CbecStore.StoredList;
import org.importwindow.server.ecommerce.CbecStore.StoredTaxBill;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Carries the cross-border e-commerce state of the SQL store into an empty RocksDB store, so that a single window
 * that ran with {@code importwindow.cbec.store=sql} (the default before 2026-11-27) starts on RocksDB with every
 * message, document, list, receipt, tax bill, buyer's usage, counter and number it had. The SQL tables are read, not
 * changed: starting again with the SQL store gives back the state as it was before (without what was done since).
 *
 * <p>Everything goes through the RocksDB store's own writing ({@link RocksWork}), group by group, so the keys are
 * those it writes itself (the pages' keys, waiting lists, answers). The store is marked {@code started} first and
 * {@code done} last: a copy that was interrupted is never taken for a store in use ({@link #decide}).
 *
 * <p>Driven by the messages, in pages of their guids: each message's documents are looked up by their keys and taken
 * when they were stored from that message (a document refused as a duplicate was not), so each message is read once.
 */
final class SqlToRocks {
    static final String MARK = "migration-from-sql";
    private static final int PAGE = 200;

    /** What was carried over. */
    record Copied(long messages, long orders, long payments, long waybills, long lists, long taxBills, long receipts,
                  long usages, long entries, long counters) {
    }

    /** What to do at start with this pair of stores. */
    enum Decision { NOTHING, COPY, REFUSE_INTERRUPTED }

    private final JdbcClient db;
    private final CbecStore store;
    private final RocksWork rocks;
    private final Consumer<String> progress;
    private long lastProgress = System.nanoTime();
    /** What was carried over so far. */
    private long messages, orders, payments, waybills, lists, taxBills, receipts, usages, entries, counters;

    SqlToRocks(JdbcClient db, CbecStore store, RocksWork rocks, Consumer<String> progress) {
        this.db = db;
        this.store = store;
        this.rocks = rocks;
        this.progress = progress;
    }

    /**
     * NOTHING when RocksDB already holds a store (copied or its own) or SQL holds no e-commerce messages; COPY when
     * RocksDB is empty and SQL has messages; REFUSE_INTERRUPTED when a copy started and did not finish.
     */
    static Decision decide(CbecStore store, RocksWork rocks) {
        Optional<String> mark = rocks.mark(MARK);
        if (mark.isPresent()) {
            return "done".equals(mark.get()) ? Decision.NOTHING : Decision.REFUSE_INTERRUPTED;
        }
        if (!rocks.isEmpty()) {
            return Decision.NOTHING;
        }
        return store.holdsMessages() ? Decision.COPY : Decision.NOTHING;
    }

    Copied copy() {
        rocks.putMark(MARK, "started");
        Set<String> withoutAnswer = new HashSet<>();
        copyMessages(withoutAnswer);
        progress.accept("messages: " + messages + ", orders: " + orders + ", payments: " + payments
                + ", waybills: " + waybills + ", lists: " + lists);
        String after = null;
        for (List<StoredTaxBill> page; !(page = store.taxBillsAfter(after, 1000)).isEmpty(); ) {
            for (StoredTaxBill b : page) {
                rocks.insertTaxBill(b);
                after = b.invtNo();
            }
            taxBills += page.size();
            rocks.flush();
        }
        progress.accept("tax bills: " + taxBills);
        copyReceipts(withoutAnswer);
        copyLedger();
        copyCounters();
        rocks.numberBlocksAfter(store.nextNumberBlock());
        rocks.flush();
        rocks.putMark(MARK, "done");
        return new Copied(messages, orders, payments, waybills, lists, taxBills, receipts, usages, entries, counters);
    }

    private record MessageRow(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents,
                              CbecService.Body body, String contentType, CbecService.Body answer) {
    }

    private void copyMessages(Set<String> withoutAnswer) {
        String after = "";
        while (true) {
            List<MessageRow> page = db.sql("select guid, message_type, sender_code, received_at, documents, "
                            + "body_deflated, body_bytes, content_type, answer_deflated, answer_bytes from cbec_message "
                            + "where guid > ? order by guid limit " + PAGE).param(after)
                    .query((rs, i) -> new MessageRow(rs.getString(1), CebMessageType.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getObject(4, OffsetDateTime.class), rs.getInt(5),
                            new CbecService.Body(rs.getBytes(6), rs.getInt(7)), rs.getString(8),
                            rs.getBytes(9) == null ? null : new CbecService.Body(rs.getBytes(9), rs.getInt(10))))
                    .list();
            if (page.isEmpty()) {
                return;
            }
            for (MessageRow m : page) {
                rocks.insertMessage(m.guid(), m.type(), m.sender(), m.at(), m.documents(), m.body(), m.contentType());
                if (m.answer() != null) {
                    rocks.answered(m.guid(), store.receiptsOfMessage(m.guid()));
                } else {
                    // answered from its receipts, gathered when they are carried over (messages before V5)
                    withoutAnswer.add(m.guid());
                }
            }
            // the documents are read from their messages, which must be in RocksDB first
            rocks.flush();
            for (MessageRow m : page) {
                documents(m);
            }
            rocks.flush();
            messages += page.size();
            after = page.get(page.size() - 1).guid();
            if (System.nanoTime() - lastProgress > 10_000_000_000L) {
                lastProgress = System.nanoTime();
                progress.accept("messages: " + messages + ", lists: " + lists);
            }
        }
    }

    private void documents(MessageRow m) {
        if (m.type() != CebMessageType.CEB311 && m.type() != CebMessageType.CEB411
                && m.type() != CebMessageType.CEB511 && m.type() != CebMessageType.CEB621) {
            return;
        }
        CebMessage message = store.message(m.guid());
        if (message instanceof Ceb311Message o) {
            for (int i = 0; i < o.orders().size(); i++) {
                Order d = o.orders().get(i);
                orders += document('o', "cbec_order", d.head().ebpCode(), d.head().orderNo(), m.guid(), i);
            }
        } else if (message instanceof Ceb411Message p) {
            for (int i = 0; i < p.payments().size(); i++) {
                PaymentHead d = p.payments().get(i);
                payments += document('p', "cbec_payment", d.ebpCode(), d.orderNo(), m.guid(), i);
            }
        } else if (message instanceof Ceb511Message w) {
            for (int i = 0; i < w.logistics().size(); i++) {
                LogisticsHead d = w.logistics().get(i);
                waybills += document('w', "cbec_waybill", d.logisticsCode(), d.logisticsNo(), m.guid(), i);
            }
        } else if (message instanceof Ceb621Message l) {
            for (int i = 0; i < l.inventories().size(); i++) {
                Inventory d = l.inventories().get(i);
                Optional<StoredList> stored = store.listFromMessage(d.head().guid(), m.guid());
                if (stored.isPresent()) {
                    rocks.insertList(stored.get(), m.guid(), i);
                    lists++;
                }
            }
        }
    }

    private int document(char kind, String table, String code, String number, String messageGuid, int position) {
        // its place is taken from the message as read here (rows from before V5 do not keep it)
        if (!store.documentFrom(table, code, number, messageGuid)) {
            return 0;
        }
        rocks.restoreDocument(kind, code, number, messageGuid, position);
        return 1;
    }

    private void copyReceipts(Set<String> withoutAnswer) {
        Map<String, List<Receipt>> answers = new HashMap<>();
        long after = 0;
        for (List<Map.Entry<Long, OwnedReceipt>> page; !(page = store.receiptsAfter(after, 1000)).isEmpty(); ) {
            List<OwnedReceipt> batch = new ArrayList<>(page.size());
            for (Map.Entry<Long, OwnedReceipt> e : page) {
                OwnedReceipt o = e.getValue();
                batch.add(o);
                if (o.messageGuid() != null && withoutAnswer.contains(o.messageGuid())) {
                    answers.computeIfAbsent(o.messageGuid(), g -> new ArrayList<>()).add(o.receipt());
                }
                after = e.getKey();
            }
            rocks.insertReceipts(batch);
            rocks.flush();
            receipts += page.size();
        }
        answers.forEach(rocks::answered);
        rocks.flush();
        progress.accept("receipts: " + receipts);
    }

    private void copyLedger() {
        String scheme = AllowanceScheme.CBEC_RETAIL_IMPORT.name();
        String afterPerson = "";
        String afterPeriod = "";
        while (true) {
            List<Object[]> page = db.sql("select person_key, period, used from allowance_usage where scheme = ? and "
                            + "(person_key > ? or (person_key = ? and period > ?)) order by person_key, period limit 1000")
                    .params(scheme, afterPerson, afterPerson, afterPeriod)
                    .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getBigDecimal(3)}).list();
            if (page.isEmpty()) {
                break;
            }
            for (Object[] u : page) {
                rocks.rocksLedger().restoreUsage(AllowanceScheme.CBEC_RETAIL_IMPORT, (String) u[0], (String) u[1],
                        (BigDecimal) u[2]);
            }
            rocks.flush();
            usages += page.size();
            afterPerson = (String) page.get(page.size() - 1)[0];
            afterPeriod = (String) page.get(page.size() - 1)[1];
        }
        String after = "";
        while (true) {
            Map<String, RocksLedger.Entry> page = new LinkedHashMap<>();
            db.sql("select transaction_id, kind, person_key, period, tx_date, amount, single_limit, usage_after, "
                            + "debit_id, credited from allowance_entry where scheme = ? and transaction_id > ? "
                            + "order by transaction_id limit 1000").params(scheme, after)
                    .query(rs -> {
                        page.put(rs.getString(1), new RocksLedger.Entry(rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
                                rs.getBoolean(7), rs.getBigDecimal(8), rs.getString(9), rs.getBigDecimal(10)));
                    });
            if (page.isEmpty()) {
                break;
            }
            page.forEach((id, e) -> rocks.rocksLedger().restoreEntry(AllowanceScheme.CBEC_RETAIL_IMPORT, id, e));
            rocks.flush();
            entries += page.size();
            after = page.keySet().stream().reduce((a, b) -> b).orElseThrow();
        }
        progress.accept("allowance usages: " + usages + ", entries: " + entries);
    }

    private void copyCounters() {
        db.sql("select china_day, metric, counted, n from cbec_counter").query(rs -> {
            rocks.counts().addCount(new CbecCounts.Key(rs.getObject(1, LocalDate.class), rs.getString(2),
                    rs.getString(3)), rs.getLong(4));
            counters++;
        });
        rocks.flush();
    }
}
