package org.importwindow.server.traceability;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.importwindow.server.jdbc.BatchWriter;
import org.importwindow.traceability.epcis.BizTransaction;
import org.importwindow.traceability.epcis.EpcisEvent;
import org.importwindow.traceability.epcis.EpcisQuery;
import org.importwindow.traceability.epcis.EventHash;
import org.importwindow.traceability.epcis.Identifiers;
import org.importwindow.traceability.epcis.SourceDestination;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * EPCIS events in SQL (V7), with {@code importwindow.epcis.store=sql}. A capture is one transaction: all its events or none. An event already stored (same CBV
 * 2.0 event hash, whatever syntax it came in) is not stored again. Rows are inserted in JDBC batches; event numbers
 * come from a sequence in blocks of 1000 (hi-lo), so a batch needs no generated keys.
 */
public class SqlEpcisStore implements EpcisStore {
    private static final int BLOCK = 1000;
    private static final int BATCH = 500;
    /** Identifiers or events per read: H2 plans IN lists of a few hundred fastest (2000 was three times slower). */
    private static final int READ_BATCH = 200;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private long nextSeq;
    private long blockEnd = -1;

    public SqlEpcisStore(JdbcClient db, JdbcTemplate jdbc, JsonMapper json) {
        this.db = db;
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional
    public Stored store(List<EpcisEvent> events, String capturedBy, String captureId, OffsetDateTime recordTime) {
        Map<String, EpcisEvent> byHash = new LinkedHashMap<>();
        List<String> eventHashes = new ArrayList<>();
        for (EpcisEvent e : events) {
            String hash = EventHash.of(e);
            byHash.putIfAbsent(hash, e.withIdAndRecordTime(e.eventID() == null ? hash : e.eventID(), recordTime));
            eventHashes.add(hash);
        }
        Map<String, String> existing = new java.util.HashMap<>();
        List<String> hashes = new ArrayList<>(byHash.keySet());
        for (int from = 0; from < hashes.size(); from += BATCH) {
            db.sql("select event_hash, coalesce(event_id, event_hash) from epcis_event where event_hash in (:h)")
                    .param("h", hashes.subList(from, Math.min(hashes.size(), from + BATCH)))
                    .query((rs, n) -> existing.put(rs.getString(1), rs.getString(2))).list();
        }
        checkEventIds(events, eventHashes);
        // a duplicate answers with the eventID it was first stored under
        List<String> ids = eventHashes.stream().map(h -> existing.getOrDefault(h, byHash.get(h).eventID())).toList();
        List<Object[]> eventRows = new ArrayList<>();
        List<Object[]> idRows = new ArrayList<>();
        List<Object[]> bttRows = new ArrayList<>();
        List<Object[]> sdRows = new ArrayList<>();
        Timestamp recorded = Timestamp.from(recordTime.toInstant());
        for (Map.Entry<String, EpcisEvent> h : byHash.entrySet()) {
            if (existing.containsKey(h.getKey())) {
                continue;
            }
            EpcisEvent e = h.getValue();
            long seq = nextSeq();
            // no eventID given: the event is named by its hash, found by the event_hash index (V7)
            String givenId = e.eventID().equals(h.getKey()) ? null : e.eventID();
            eventRows.add(new Object[] {seq, givenId, h.getKey(), e.type().name(),
                    Timestamp.from(e.eventTime().toInstant()), recorded, e.action(), e.bizStep(), e.disposition(),
                    Identifiers.canonical(e.readPoint()), Identifiers.canonical(e.bizLocation()), capturedBy,
                    captureId, json.writeValueAsString(e.json())});
            Set<String> seen = new HashSet<>();
            for (EpcisEvent.Identified id : e.identifiers()) {
                String c = Identifiers.canonical(id.identifier());
                if (seen.add(id.role() + " " + c)) {
                    idRows.add(new Object[] {seq, id.role().name(), c, Identifiers.gtinClass(c),
                            Identifiers.lotClassOf(id.identifier())});
                }
            }
            for (BizTransaction t : e.bizTransactionList()) {
                bttRows.add(new Object[] {seq, t.type(), Identifiers.canonical(t.value())});
            }
            for (SourceDestination s : e.sourceList()) {
                sdRows.add(new Object[] {seq, "S", s.type(), Identifiers.canonical(s.id())});
            }
            for (SourceDestination d : e.destinationList()) {
                sdRows.add(new Object[] {seq, "D", d.type(), Identifiers.canonical(d.id())});
            }
        }
        insert("insert into epcis_event (seq, event_id, event_hash, event_type, event_time, record_time, action, "
                + "biz_step, disposition, read_point, biz_location, captured_by, capture_id, event_json) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", eventRows);
        insert("insert into epcis_event_identifier (event_seq, role, identifier, gtin_class, lot_class) "
                + "values (?, ?, ?, ?, ?)", idRows);
        insert("insert into epcis_biz_transaction (event_seq, tx_type, tx_value) values (?, ?, ?)", bttRows);
        insert("insert into epcis_source_destination (event_seq, kind, sd_type, party) values (?, ?, ?, ?)", sdRows);
        return new Stored(ids, events.size() - eventRows.size());
    }

    /** An eventID names one event: refused when another event (another hash) has it, stored or in this capture. */
    private void checkEventIds(List<EpcisEvent> events, List<String> eventHashes) {
        GivenEventIds given = new GivenEventIds(events, eventHashes);
        List<String> ids = given.ids();
        for (int from = 0; from < ids.size(); from += BATCH) {
            // an event stored without eventID is named by its hash
            db.sql("select event_id, event_hash from epcis_event where event_id in (:ids) union all "
                            + "select event_hash, event_hash from epcis_event where event_hash in (:ids) "
                            + "and event_id is null")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .query((RowCallbackHandler) rs -> given.heldBy(rs.getString(1), rs.getString(2)));
        }
        given.refuseIfTaken();
    }

    private void insert(String sql, List<Object[]> rows) {
        BatchWriter.write(jdbc, sql, rows, BATCH, (ps, row) -> {
            for (int i = 0; i < row.length; i++) {
                ps.setObject(i + 1, row[i]);
            }
        });
    }

    private synchronized long nextSeq() {
        if (nextSeq > blockEnd) {
            long start = db.sql("select nextval('epcis_event_seq')").query(Long.class).single();
            nextSeq = start;
            blockEnd = start + BLOCK - 1;
        }
        return nextSeq++;
    }

    @Override
    public Optional<String> eventJson(String eventId) {
        Optional<String> given = db.sql("select event_json from epcis_event where event_id = ? order by seq")
                .param(eventId).query(String.class).optional();
        // an event stored without eventID is named by its hash (event_id null, V7)
        return given.isPresent() ? given : db.sql("select event_json from epcis_event where event_hash = ? "
                + "and event_id is null").param(eventId).query(String.class).optional();
    }

    @Override
    public Page query(EpcisQuery q) {
        SqlQuery sql = SqlQuery.of(q);
        List<Object[]> rows = jdbc.query("select e.seq, e.event_json from epcis_event e where " + sql.where()
                        + " order by e.seq limit " + (q.perPage() + 1),
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}, sql.params().toArray());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(rows.size(), q.perPage()); i++) {
            out.add((String) rows.get(i)[1]);
        }
        String next = rows.size() > q.perPage() ? EpcisQuery.token((Long) rows.get(q.perPage() - 1)[0]) : null;
        return new Page(out, next);
    }

    /** The newest event's number (the primary key's last entry). */
    @Override
    public long version() {
        return db.sql("select coalesce(max(seq), 0) from epcis_event").query(Long.class).single();
    }

    @Override
    public long count() {
        return db.sql("select count(*) from epcis_event").query(Long.class).single();
    }
    // --- what the trace and the recall's affected scope read: batched queries on the indexed columns ---

    @Override
    public List<IdentifierRow> identifierRows(String gtinClass, Collection<String> lotClasses) {
        List<IdentifierRow> out = new ArrayList<>();
        if (gtinClass == null && (lotClasses == null || lotClasses.isEmpty())) {
            return out;
        }
        String where = gtinClass != null ? "gtin_class = :g" : "lot_class in (:l)";
        db.sql("select event_seq, role, identifier, lot_class from epcis_event_identifier where " + where)
                .param("g", gtinClass).param("l", lotClasses == null ? List.of() : List.copyOf(lotClasses))
                .query((RowCallbackHandler) rs -> out.add(new IdentifierRow(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getString(4))));
        return out;
    }

    @Override
    public Set<Long> eventsNaming(Collection<String> identifiers) {
        Set<Long> out = new HashSet<>();
        forBatches(List.copyOf(identifiers), part -> db.sql("select distinct event_seq from epcis_event_identifier "
                + "where identifier in (:ids)").param("ids", part)
                .query((RowCallbackHandler) rs -> out.add(rs.getLong(1))));
        return out;
    }

    @Override
    public Map<Long, StoredEvent> events(Collection<Long> seqs, boolean withQuantities) {
        Map<Long, StoredEvent> out = new HashMap<>();
        forBatches(List.copyOf(seqs), part -> {
            Map<Long, List<StoredEvent.Named>> ids = new HashMap<>();
            Map<Long, List<StoredEvent.Transaction>> txs = new HashMap<>();
            Map<Long, List<StoredEvent.Party>> parties = new HashMap<>();
            db.sql("select event_seq, role, identifier from epcis_event_identifier where event_seq in (:s)")
                    .param("s", part).query((RowCallbackHandler) rs -> ids.computeIfAbsent(rs.getLong(1),
                            k -> new ArrayList<>()).add(new StoredEvent.Named(rs.getString(2), rs.getString(3))));
            db.sql("select event_seq, tx_type, tx_value from epcis_biz_transaction where event_seq in (:s)")
                    .param("s", part).query((RowCallbackHandler) rs -> txs.computeIfAbsent(rs.getLong(1),
                            k -> new ArrayList<>()).add(new StoredEvent.Transaction(rs.getString(2),
                            rs.getString(3))));
            db.sql("select event_seq, kind, sd_type, party from epcis_source_destination where event_seq in (:s)")
                    .param("s", part).query((RowCallbackHandler) rs -> parties.computeIfAbsent(rs.getLong(1),
                            k -> new ArrayList<>()).add(new StoredEvent.Party(rs.getString(2), rs.getString(3),
                            rs.getString(4))));
            db.sql("select seq, coalesce(event_id, event_hash), event_hash, event_type, event_time, record_time, "
                            + "action, biz_step, disposition, read_point, biz_location, captured_by"
                            + (withQuantities ? ", event_json" : "") + " from epcis_event where seq in (:s)")
                    .param("s", part).query((RowCallbackHandler) rs -> {
                        long seq = rs.getLong(1);
                        List<StoredEvent.Quantity> quantities = withQuantities
                                ? quantities(rs.getString(13)) : List.of();
                        out.put(seq, new StoredEvent(seq, rs.getString(2), rs.getString(3), rs.getString(4),
                                utc(rs.getObject(5, OffsetDateTime.class)), utc(rs.getObject(6, OffsetDateTime.class)),
                                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                                rs.getString(12), ids.getOrDefault(seq, List.of()), txs.getOrDefault(seq, List.of()),
                                parties.getOrDefault(seq, List.of()), quantities));
                    });
        });
        return out;
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The quantity lists' entries of a stored event's JSON-LD (SQL keeps no column for them). */
    private List<StoredEvent.Quantity> quantities(String eventJson) {
        List<StoredEvent.Quantity> out = new ArrayList<>();
        JsonNode e = json.readTree(eventJson);
        for (String role : List.of("QUANTITY", "CHILD_QUANTITY", "INPUT_QUANTITY", "OUTPUT_QUANTITY")) {
            JsonNode list = e.get(QUANTITY_LISTS.get(role));
            if (list == null || !list.isArray()) {
                continue;
            }
            for (JsonNode q : list) {
                JsonNode cls = q.get("epcClass");
                if (cls == null) {
                    continue;
                }
                JsonNode n = q.get("quantity");
                JsonNode uom = q.get("uom");
                out.add(new StoredEvent.Quantity(role, Identifiers.canonical(cls.asString()),
                        n == null || !n.isNumber() ? null : n.decimalValue(), uom == null ? null : uom.asString()));
            }
        }
        return out;
    }

    private static final Map<String, String> QUANTITY_LISTS = Map.of("QUANTITY", "quantityList", "CHILD_QUANTITY",
            "childQuantityList", "INPUT_QUANTITY", "inputQuantityList", "OUTPUT_QUANTITY", "outputQuantityList");

    @Override
    public Set<String> locationsWithStep(Collection<String> locations, String bizStep) {
        Set<String> out = new HashSet<>();
        // the (biz_location, biz_step) index of V10 answers each from the index
        forBatches(List.copyOf(locations), part -> db.sql("select distinct biz_location from epcis_event where "
                + "biz_location in (:l) and biz_step = :step").param("l", part).param("step", bizStep)
                .query((RowCallbackHandler) rs -> out.add(rs.getString(1))));
        return out;
    }

    private static <T> void forBatches(List<T> all, java.util.function.Consumer<List<T>> each) {
        for (int from = 0; from < all.size(); from += READ_BATCH) {
            each.accept(all.subList(from, Math.min(all.size(), from + READ_BATCH)));
        }
    }
}
