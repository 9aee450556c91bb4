package org.importwindow.server.ecommerce;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.importwindow.ecommerce.message.Ceb311Message;
import org.importwindow.ecommerce.message.Ceb411Message;
import org.importwindow.ecommerce.message.Ceb511Message;
import org.importwindow.ecommerce.message.CebMessage;
import org.importwindow.ecommerce.message.CebMessages;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Inventory;
import org.importwindow.ecommerce.message.LogisticsHead;
import org.importwindow.ecommerce.message.Order;
import org.importwindow.ecommerce.message.PaymentHead;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.jdbc.BatchWriter;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CEB messages as received, the documents they carried (as JSON, with the keys the matching needs as columns),
 * the inventory lists' state, the receipts each sender fetches and the tax bills. Everything runs in the caller's
 * transaction ({@link CbecProcessor}).
 */
@Repository
@DependsOnDatabaseInitialization
public class CbecStore {
    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public CbecStore(JdbcClient db, JdbcTemplate jdbc, JsonMapper json) {
        this.db = db;
        this.jdbc = jdbc;
        this.json = json;
    }

    // --- messages ---

    public java.util.Optional<CbecWork.StoredMessage> storedMessage(String guid) {
        return db.sql("select message_type, sender_code from cbec_message where guid = ?").param(guid)
                .query((rs, n) -> new CbecWork.StoredMessage(CebMessageType.valueOf(rs.getString(1)), rs.getString(2)))
                .optional();
    }

    public void insertMessage(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents,
                              CbecService.Body body, String contentType) {
        insertMessages(List.of(new MessageRow(guid, type, sender, at, documents, body, contentType, null)));
    }

    /** Whether any e-commerce message was ever stored here (the SQL store was used). */
    boolean holdsMessages() {
        return Boolean.TRUE.equals(db.sql("select exists (select 1 from cbec_message)").query(Boolean.class).single());
    }

    /** The receipts a message was answered with, kept with it (deflated JSON) for its resends. */
    public void answer(String guid, List<Receipt> receipts) {
        CbecService.Body a = answerBody(receipts);
        db.sql("update cbec_message set answer_deflated = ?, answer_bytes = ? where guid = ?")
                .params(a.stored(), a.bytes(), guid).update();
    }

    CbecService.Body answerBody(List<Receipt> receipts) {
        return CbecService.Body.of(json.writeValueAsBytes(receipts));
    }

    /** The message as received (inflated), if it was. */
    public Optional<byte[]> messageBody(String guid) {
        return db.sql("select body_deflated, body_bytes from cbec_message where guid = ?").param(guid)
                .query((rs, n) -> new CbecService.Body(rs.getBytes(1), rs.getInt(2)).inflate()).optional();
    }

    // --- documents ---
    //
    // An order, payment or waybill is kept as its keys and where it is in its message (message_guid, position): the
    // message itself is kept as received, so the document is not written a second time. The writer matches from
    // memory; reading a document back (after a restart, or a retry) reads its message again. Rows written before
    // migration V5 carry the document as JSON instead.

    public boolean insertOrder(Order o, String messageGuid, int position, String sender, OffsetDateTime at) {
        if (order(o.head().ebpCode(), o.head().orderNo()).isPresent()) {
            return false;
        }
        insertOrders(List.of(new DocumentRow(o.head().ebpCode(), o.head().orderNo(), o.head().orderNo(), o.head().guid(),
                messageGuid, position, sender, at)));
        return true;
    }

    public Optional<Order> order(String ebpCode, String orderNo) {
        return db.sql("select document_json, message_guid, position from cbec_order where ebp_code = ? and order_no = ?")
                .params(ebpCode, orderNo).query(CbecStore::documentAt).optional()
                .map(d -> d.json() != null ? json.readValue(d.json(), Order.class)
                        : ((Ceb311Message) message(d.messageGuid())).orders().get(d.position()));
    }

    public boolean insertPayment(PaymentHead p, String messageGuid, int position, String sender, OffsetDateTime at) {
        if (payment(p.ebpCode(), p.orderNo()).isPresent()) {
            return false;
        }
        insertPayments(List.of(new DocumentRow(p.ebpCode(), p.orderNo(), p.orderNo(), p.guid(), messageGuid, position,
                sender, at)));
        return true;
    }

    public Optional<PaymentHead> payment(String ebpCode, String orderNo) {
        return db.sql("select document_json, message_guid, position from cbec_payment where ebp_code = ? and "
                        + "order_no = ?").params(ebpCode, orderNo).query(CbecStore::documentAt).optional()
                .map(d -> d.json() != null ? json.readValue(d.json(), PaymentHead.class)
                        : ((Ceb411Message) message(d.messageGuid())).payments().get(d.position()));
    }

    public boolean insertWaybill(LogisticsHead l, String messageGuid, int position, String sender, OffsetDateTime at) {
        if (waybill(l.logisticsCode(), l.logisticsNo()).isPresent()) {
            return false;
        }
        insertWaybills(List.of(new DocumentRow(l.logisticsCode(), l.logisticsNo(), l.orderNo(), l.guid(), messageGuid,
                position, sender, at)));
        return true;
    }

    public Optional<LogisticsHead> waybill(String logisticsCode, String logisticsNo) {
        return db.sql("select document_json, message_guid, position from cbec_waybill where logistics_code = ? and "
                        + "logistics_no = ?").params(logisticsCode, logisticsNo).query(CbecStore::documentAt).optional()
                .map(d -> d.json() != null ? json.readValue(d.json(), LogisticsHead.class)
                        : ((Ceb511Message) message(d.messageGuid())).logistics().get(d.position()));
    }

    /** Where a document is: its JSON (rows before V5) or its message and position in it. */
    private record DocumentAt(String json, String messageGuid, int position) {
    }

    private static DocumentAt documentAt(ResultSet rs, int n) throws SQLException {
        return new DocumentAt(rs.getString(1), rs.getString(2), rs.getInt(3));
    }

    /** The last messages read again: documents of one message are usually wanted together (e.g. after a restart). */
    private final java.util.Map<String, CebMessage> reread = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, CebMessage> eldest) {
                    return size() > 8;
                }
            });

    /** A message kept, read again as it was read on arrival (it was valid then). */
    CebMessage message(String guid) {
        CebMessage m = reread.get(guid);
        if (m != null) {
            return m;
        }
        m = db.sql("select body_deflated, body_bytes, content_type from cbec_message where guid = ?").param(guid)
                .query((rs, n) -> read(new CbecService.Body(rs.getBytes(1), rs.getInt(2)).inflate(), rs.getString(3)))
                .single();
        reread.put(guid, m);
        return m;
    }

    private CebMessage read(byte[] raw, String contentType) {
        if ("json".equals(contentType)) {
            return CebMessages.readTree(JsonMessages.tree(json.readTree(raw)), Integer.MAX_VALUE);
        }
        return CebMessages.read(raw, Integer.MAX_VALUE);
    }

    // --- inventory lists ---

    /** An inventory list as kept: its identity, keys, state and the list itself. */
    public record StoredList(String guid, String agentCode, String copNo, String preNo, String invtNo,
                             String ebpCode, String orderNo, String logisticsCode, String logisticsNo,
                             String personKey, String personMasked, String status, String returnStatus,
                             OffsetDateTime receivedAt, OffsetDateTime decidedAt, LocalDate releaseDate,
                             BigDecimal taxTotal, String senderCode, Inventory inventory) {
    }

    private static final String LIST_COLUMNS = "guid, agent_code, cop_no, pre_no, invt_no, ebp_code, order_no, "
            + "logistics_code, logistics_no, person_key, person_masked, status, return_status, received_at, decided_at, "
            + "release_date, tax_total, sender_code, document_json";

    public void insertList(StoredList l, String messageGuid) {
        if ("PENDING".equals(l.status())) {
            db.sql("insert into cbec_pending (guid, received_at) values (?, ?)").params(l.guid(), l.receivedAt())
                    .update();
        }
        db.sql("insert into cbec_inventory (" + LIST_COLUMNS + ", message_guid) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(l.guid(), l.agentCode(), l.copNo(), l.preNo(), l.invtNo(), l.ebpCode(), l.orderNo(),
                        l.logisticsCode(), l.logisticsNo(), l.personKey(), l.personMasked(), l.status(),
                        l.returnStatus(), l.receivedAt(), l.decidedAt(), l.releaseDate(), l.taxTotal(), l.senderCode(),
                        json.writeValueAsString(l.inventory()), messageGuid)
                .update();
    }

    /** Replace a refused list by the new one declared under the same number (its receipts stay). */
    public void replaceRefusedList(String refusedGuid, StoredList l, String messageGuid) {
        db.sql("delete from cbec_inventory where guid = ? and status = 'REFUSED'").param(refusedGuid).update();
        insertList(l, messageGuid);
    }

    /** The next block of document numbers: numbers from block x 1000 + 1 to block x 1000 + 1000 are this caller's. */
    public long nextNumberBlock() {
        return db.sql("select nextval('cbec_number_block')").query(Long.class).single();
    }

    public void updateList(String guid, String status, String returnStatus, String invtNo, OffsetDateTime decidedAt,
                           LocalDate releaseDate, BigDecimal taxTotal) {
        db.sql("update cbec_inventory set status = ?, return_status = ?, invt_no = ?, decided_at = ?, release_date = ?, "
                        + "tax_total = ? where guid = ?")
                .params(status, returnStatus, invtNo, decidedAt, releaseDate, taxTotal, guid).update();
        if (!"PENDING".equals(status)) {
            db.sql("delete from cbec_pending where guid = ?").param(guid).update();
        }
    }

    public Optional<StoredList> listByCopNo(String agentCode, String copNo) {
        return db.sql("select " + LIST_COLUMNS + " from cbec_inventory where agent_code = ? and cop_no = ?")
                .params(agentCode, copNo).query(this::list).optional();
    }

    public Optional<StoredList> listByInvtNo(String invtNo) {
        return db.sql("select " + LIST_COLUMNS + " from cbec_inventory where invt_no = ?").param(invtNo)
                .query(this::list).optional();
    }

    /** The list with this guid if it is the one stored from that message (a list declared again is another's). */
    Optional<StoredList> listFromMessage(String guid, String messageGuid) {
        return db.sql("select " + LIST_COLUMNS + " from cbec_inventory where guid = ? and message_guid = ?")
                .params(guid, messageGuid).query(this::list).optional();
    }

    /** Whether the order, payment or waybill ({@code table}) under its keys was stored from that message. */
    boolean documentFrom(String table, String key1, String key2, String messageGuid) {
        if (!List.of("cbec_order", "cbec_payment", "cbec_waybill").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        String keys = "cbec_waybill".equals(table) ? "logistics_code = ? and logistics_no = ?"
                : "ebp_code = ? and order_no = ?";
        return db.sql("select count(*) from " + table + " where " + keys + " and message_guid = ?")
                .params(key1, key2, messageGuid).query(Long.class).single() > 0;
    }

    public Optional<StoredList> listByGuid(String guid) {
        return db.sql("select " + LIST_COLUMNS + " from cbec_inventory where guid = ?").param(guid)
                .query(this::list).optional();
    }

    /** The pending lists (cbec_pending: few rows) joined to their lists. */
    private static final String PENDING_LISTS = "select " + LIST_COLUMNS.replaceAll("(^|, )", "$1i.")
            + " from cbec_pending p join cbec_inventory i on i.guid = p.guid ";

    /** Pending lists waiting for the order or payment of (platform, order number). */
    public List<StoredList> pendingForOrder(String ebpCode, String orderNo) {
        return db.sql(PENDING_LISTS + "where i.ebp_code = ? and i.order_no = ? and i.status = 'PENDING'")
                .params(ebpCode, orderNo).query(this::list).list();
    }

    /** Pending lists waiting for the waybill (logistics company, waybill number). */
    public List<StoredList> pendingForWaybill(String logisticsCode, String logisticsNo) {
        return db.sql(PENDING_LISTS + "where i.logistics_code = ? and i.logistics_no = ? and i.status = 'PENDING'")
                .params(logisticsCode, logisticsNo).query(this::list).list();
    }

    /** Pending lists received before {@code before}, oldest first. */
    public List<StoredList> pendingSince(OffsetDateTime before, int limit) {
        return db.sql(PENDING_LISTS + "where i.received_at < ? and i.status = 'PENDING' order by i.received_at limit "
                + limit).param(before).query(this::list).list();
    }

    /** A buyer's lists, newest first. */
    public List<StoredList> listsOfPerson(String personKey, int limit) {
        return db.sql("select " + LIST_COLUMNS + " from cbec_inventory where person_key = ? order by received_at desc "
                + "limit " + limit).param(personKey).query(this::list).list();
    }

    /** The lists a sender (agent) lodged, newest first. */
    public List<StoredList> listsOfSender(String senderCode, int limit) {
        return db.sql("select " + LIST_COLUMNS + " from cbec_inventory where sender_code = ? order by received_at desc "
                + "limit " + limit).param(senderCode).query(this::list).list();
    }

    private StoredList list(ResultSet rs, int n) throws SQLException {
        return new StoredList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getObject(14, OffsetDateTime.class),
                rs.getObject(15, OffsetDateTime.class), rs.getObject(16, LocalDate.class), rs.getBigDecimal(17),
                rs.getString(18), json.readValue(rs.getString(19), Inventory.class));
    }

    // --- batches (BufferedWork writes a group's rows with one statement per table) ---

    /** A document row to insert: its key columns, and where it is in its message. */
    public record DocumentRow(String key1, String key2, String orderNo, String guid, String messageGuid,
                              int position, String sender, OffsetDateTime at) {
    }

    public record MessageRow(String guid, CebMessageType type, String sender, OffsetDateTime at, int documents,
                             CbecService.Body body, String contentType, CbecService.Body answer) {
        MessageRow withAnswer(CbecService.Body a) {
            return new MessageRow(guid, type, sender, at, documents, body, contentType, a);
        }
    }

    public void insertMessages(List<MessageRow> rows) {
        BatchWriter.write(jdbc, "insert into cbec_message (guid, message_type, sender_code, received_at, documents, "
                + "body_deflated, body_bytes, content_type, answer_deflated, answer_bytes) values (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)", rows, 500, (ps, r) -> {
                    ps.setString(1, r.guid());
                    ps.setString(2, r.type().name());
                    ps.setString(3, r.sender());
                    ps.setObject(4, r.at());
                    ps.setInt(5, r.documents());
                    // deflated in its columns, whatever form it came in
                    CbecService.Body body = r.body().deflated();
                    ps.setBytes(6, body.stored());
                    ps.setInt(7, body.bytes());
                    ps.setString(8, r.contentType());
                    if (r.answer() == null) {
                        ps.setNull(9, java.sql.Types.BINARY);
                        ps.setNull(10, java.sql.Types.INTEGER);
                    } else {
                        CbecService.Body answer = r.answer().deflated();
                        ps.setBytes(9, answer.stored());
                        ps.setInt(10, answer.bytes());
                    }
                });
    }

    public void insertOrders(List<DocumentRow> rows) {
        documents("insert into cbec_order (ebp_code, order_no, guid, message_guid, position, sender_code, received_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows, false);
    }

    public void insertPayments(List<DocumentRow> rows) {
        documents("insert into cbec_payment (ebp_code, order_no, guid, message_guid, position, sender_code, "
                + "received_at) values (?, ?, ?, ?, ?, ?, ?)", rows, false);
    }

    public void insertWaybills(List<DocumentRow> rows) {
        documents("insert into cbec_waybill (logistics_code, logistics_no, order_no, guid, message_guid, position, "
                + "sender_code, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)", rows, true);
    }

    private void documents(String sql, List<DocumentRow> rows, boolean withOrderNo) {
        BatchWriter.write(jdbc, sql, rows, 500, (ps, r) -> {
            int i = 1;
            ps.setString(i++, r.key1());
            ps.setString(i++, r.key2());
            if (withOrderNo) {
                ps.setString(i++, r.orderNo());
            }
            ps.setString(i++, r.guid());
            ps.setString(i++, r.messageGuid());
            ps.setInt(i++, r.position());
            ps.setString(i++, r.sender());
            ps.setObject(i, r.at());
        });
    }

    /** A list to insert as it stands at the end of the group, with the message it came in. */
    public record ListRow(StoredList list, String messageGuid) {
    }

    public void insertLists(List<ListRow> rows) {
        BatchWriter.write(jdbc, "insert into cbec_pending (guid, received_at) values (?, ?)",
                rows.stream().map(ListRow::list).filter(l -> "PENDING".equals(l.status())).toList(), 500, (ps, l) -> {
                    ps.setString(1, l.guid());
                    ps.setObject(2, l.receivedAt());
                });
        BatchWriter.write(jdbc, "insert into cbec_inventory (" + LIST_COLUMNS + ", message_guid) values (?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500, (ps, r) -> {
                    StoredList l = r.list();
                    Object[] v = {l.guid(), l.agentCode(), l.copNo(), l.preNo(), l.invtNo(), l.ebpCode(), l.orderNo(),
                            l.logisticsCode(), l.logisticsNo(), l.personKey(), l.personMasked(), l.status(),
                            l.returnStatus(), l.receivedAt(), l.decidedAt(), l.releaseDate(), l.taxTotal(),
                            l.senderCode(), json.writeValueAsString(l.inventory()), r.messageGuid()};
                    for (int i = 0; i < v.length; i++) {
                        if (v[i] == null) {
                            ps.setNull(i + 1, i == 14 || i == 13 ? java.sql.Types.TIMESTAMP_WITH_TIMEZONE
                                    : i == 15 ? java.sql.Types.DATE : i == 16 ? java.sql.Types.DECIMAL
                                    : java.sql.Types.VARCHAR);
                        } else {
                            ps.setObject(i + 1, v[i]);
                        }
                    }
                });
    }

    /** Lists decided in a later group than the one that stored them. */
    public void updateLists(List<StoredList> lists) {
        BatchWriter.write(jdbc, "delete from cbec_pending where guid = ?",
                lists.stream().filter(l -> !"PENDING".equals(l.status())).toList(), 500,
                (ps, l) -> ps.setString(1, l.guid()));
        BatchWriter.write(jdbc, "update cbec_inventory set status = ?, return_status = ?, invt_no = ?, decided_at = ?, "
                + "release_date = ?, tax_total = ? where guid = ?", lists, 500, (ps, l) -> {
                    ps.setString(1, l.status());
                    ps.setString(2, l.returnStatus());
                    ps.setString(3, l.invtNo());
                    ps.setObject(4, l.decidedAt());
                    if (l.releaseDate() == null) {
                        ps.setNull(5, java.sql.Types.DATE);
                    } else {
                        ps.setObject(5, l.releaseDate());
                    }
                    ps.setBigDecimal(6, l.taxTotal());
                    ps.setString(7, l.guid());
                });
    }

    public void insertTaxBills(List<StoredTaxBill> bills) {
        BatchWriter.write(jdbc, "insert into cbec_tax_bill (" + BILL_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)", bills, 500, (ps, b) -> {
                    ps.setString(1, b.invtNo());
                    ps.setString(2, b.inventoryGuid());
                    ps.setString(3, b.copNo());
                    ps.setString(4, b.owner());
                    ps.setString(5, b.orderNo());
                    ps.setBigDecimal(6, b.customsTax());
                    ps.setBigDecimal(7, b.valueAddedTax());
                    ps.setBigDecimal(8, b.consumptionTax());
                    ps.setBigDecimal(9, b.taxTotal());
                    ps.setString(10, b.status());
                    ps.setObject(11, b.issuedAt());
                    ps.setString(12, b.billJson());
                });
    }

    /** Every pending list (the writer's index of what waits for which document). */
    public List<StoredList> allPending() {
        return db.sql(PENDING_LISTS + "where i.status = 'PENDING'").query(this::list).list();
    }

    // --- the officer's counters ---

    /** Add a group's counts to {@code cbec_counter} (the single writer's transaction: nobody else writes them). */
    public void addCounts(List<java.util.Map.Entry<CbecCounts.Key, Long>> counts) {
        if (counts.isEmpty()) {
            return;
        }
        List<Object[]> args = new java.util.ArrayList<>(counts.size());
        for (var c : counts) {
            args.add(new Object[]{c.getValue(), c.getKey().day(), c.getKey().metric(), c.getKey().counted()});
        }
        int[] updated = jdbc.batchUpdate("update cbec_counter set n = n + ? where china_day = ? and metric = ? and counted = ?",
                args);
        List<Object[]> inserts = new java.util.ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                Object[] a = args.get(i);
                inserts.add(new Object[]{a[1], a[2], a[3], a[0]});
            }
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into cbec_counter (china_day, metric, counted, n) values (?, ?, ?, ?)", inserts);
        }
    }

    // --- receipts ---

    /** A receipt for its owner (the customs code of the enterprise that sent the document). */
    public record OwnedReceipt(String owner, String messageGuid, Receipt receipt) {
    }

    private static final String RECEIPT_COLUMNS = "owner_code, message_guid, receipt_type, guid, ebp_code, ebc_code, "
            + "order_no, pay_code, pay_transaction_id, logistics_code, logistics_no, customs_code, agent_code, cop_no, "
            + "pre_no, invt_no, return_status, return_time, return_info";

    public void insertReceipts(List<OwnedReceipt> receipts) {
        BatchWriter.write(jdbc, "insert into cbec_receipt (" + RECEIPT_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", receipts, 500, (ps, o) -> {
                    Receipt r = o.receipt();
                    Object[] v = {o.owner(), o.messageGuid(), r.type().name(), r.guid(), r.ebpCode(), r.ebcCode(),
                            r.orderNo(), r.payCode(), r.payTransactionId(), r.logisticsCode(), r.logisticsNo(),
                            r.customsCode(), r.agentCode(), r.copNo(), r.preNo(), r.invtNo(), r.returnStatus(),
                            r.returnTime(), r.returnInfo()};
                    for (int i = 0; i < v.length; i++) {
                        ps.setString(i + 1, (String) v[i]);
                    }
                });
    }

    /**
     * The receipts a message was answered with: kept with the message; for a message received before answers were
     * kept (migration V5), its receipts found by message (a scan: there is no index by message any more).
     */
    public List<Receipt> receiptsOfMessage(String messageGuid) {
        Optional<byte[]> answer = db.sql("select answer_deflated, answer_bytes from cbec_message where guid = ? and "
                        + "answer_deflated is not null").param(messageGuid)
                .query((rs, n) -> new CbecService.Body(rs.getBytes(1), rs.getInt(2)).inflate()).optional();
        if (answer.isPresent()) {
            return json.readValue(answer.get(), RECEIPTS);
        }
        return db.sql("select " + RECEIPT_COLUMNS + " from cbec_receipt where message_guid = ? order by id")
                .param(messageGuid).query(CbecStore::receipt).list();
    }

    private static final tools.jackson.core.type.TypeReference<List<Receipt>> RECEIPTS =
            new tools.jackson.core.type.TypeReference<>() {
            };

    /** The owner's receipts for the copNo, orderNo or guid (whichever is given), in the order produced. */
    public List<Receipt> receipts(String owner, String copNo, String orderNo, String guid, int limit) {
        String column = copNo != null ? "cop_no" : orderNo != null ? "order_no" : "guid";
        String value = copNo != null ? copNo : orderNo != null ? orderNo : guid;
        return db.sql("select " + RECEIPT_COLUMNS + " from cbec_receipt where owner_code = ? and " + column
                + " = ? order by id limit " + limit).params(owner, value).query(CbecStore::receipt).list();
    }

    private static Receipt receipt(ResultSet rs, int n) throws SQLException {
        return new Receipt(CebMessageType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
                rs.getString(17), rs.getString(18), rs.getString(19));
    }

    // --- tax bills ---

    /** A tax bill as kept: the list's numbers, the four totals, its status and the whole bill as JSON. */
    public record StoredTaxBill(String invtNo, String inventoryGuid, String copNo, String owner, String orderNo,
                                BigDecimal customsTax, BigDecimal valueAddedTax, BigDecimal consumptionTax,
                                BigDecimal taxTotal, String status, OffsetDateTime issuedAt, String billJson) {
    }

    private static final String BILL_COLUMNS = "invt_no, inventory_guid, cop_no, owner_code, order_no, customs_tax, "
            + "value_added_tax, consumption_tax, tax_total, status, issued_at, bill_json";

    public void insertTaxBill(StoredTaxBill b) {
        db.sql("insert into cbec_tax_bill (" + BILL_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(b.invtNo(), b.inventoryGuid(), b.copNo(), b.owner(), b.orderNo(), b.customsTax(),
                        b.valueAddedTax(), b.consumptionTax(), b.taxTotal(), b.status(), b.issuedAt(), b.billJson())
                .update();
    }

    public void updateTaxBillStatus(String invtNo, String status) {
        db.sql("update cbec_tax_bill set status = ? where invt_no = ?").params(status, invtNo).update();
    }

    public List<StoredTaxBill> taxBills(String owner, String copNo, String invtNo, int limit) {
        String column = copNo != null ? "cop_no" : "invt_no";
        return db.sql("select " + BILL_COLUMNS + " from cbec_tax_bill where owner_code = ? and " + column + " = ? "
                        + "order by issued_at limit " + limit).params(owner, copNo != null ? copNo : invtNo)
                .query((rs, n) -> new StoredTaxBill(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10),
                        rs.getObject(11, OffsetDateTime.class), rs.getString(12))).list();
    }

    /** Tax bills after {@code afterInvtNo} (null: from the first) in number order, {@code limit} of them. */
    List<StoredTaxBill> taxBillsAfter(String afterInvtNo, int limit) {
        return db.sql("select " + BILL_COLUMNS + " from cbec_tax_bill where invt_no > ? order by invt_no limit " + limit)
                .param(afterInvtNo == null ? "" : afterInvtNo)
                .query((rs, n) -> new StoredTaxBill(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getString(10),
                        rs.getObject(11, OffsetDateTime.class), rs.getString(12))).list();
    }

    /** Receipts with ids after {@code afterId}, in the order produced, with their ids. */
    List<Map.Entry<Long, OwnedReceipt>> receiptsAfter(long afterId, int limit) {
        return db.sql("select " + RECEIPT_COLUMNS + ", id from cbec_receipt where id > ? order by id limit " + limit)
                .param(afterId).query((rs, n) -> Map.entry(rs.getLong(20),
                        new OwnedReceipt(rs.getString(1), rs.getString(2), receipt(rs, n)))).list();
    }

    public Optional<String> taxBillJson(String invtNo) {
        return db.sql("select bill_json from cbec_tax_bill where invt_no = ?").param(invtNo).query(String.class)
                .optional();
    }
}
