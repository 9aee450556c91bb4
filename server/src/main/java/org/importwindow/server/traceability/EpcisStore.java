package org.importwindow.server.traceability;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.importwindow.server.jdbc.BatchWriter;
import org.importwindow.traceability.epcis.BizTransaction;
import org.importwindow.traceability.epcis.EpcisError;
import org.importwindow.traceability.epcis.EpcisEvent;
import org.importwindow.traceability.epcis.EpcisQuery;
import org.importwindow.traceability.epcis.EpcisRules;
import org.importwindow.traceability.epcis.EventHash;
import org.importwindow.traceability.epcis.Identifiers;
import org.importwindow.traceability.epcis.SourceDestination;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * EPCIS events in SQL (V7). A capture is one transaction: all its events or none. An event already stored (same CBV
 * 2.0 event hash, whatever syntax it came in) is not stored again. Rows are inserted in JDBC batches; event numbers
 * come from a sequence in blocks of 1000 (hi-lo), so a batch needs no generated keys.
 */
@Component
public class EpcisStore {
    private static final int BLOCK = 1000;
    private static final int BATCH = 500;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private long nextSeq;
    private long blockEnd = -1;

    public EpcisStore(JdbcClient db, JdbcTemplate jdbc, JsonMapper json) {
        this.db = db;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a capture stored: the event ids, in order, and how many were already there. */
    public record Stored(List<String> eventIds, int duplicates) {
    }

    /** Events whose eventID another event already has: nothing of the capture is stored. */
    public static final class EventIdTaken extends RuntimeException {
        private final List<EpcisError> errors;

        EventIdTaken(List<EpcisError> errors) {
            super("eventID taken");
            this.errors = List.copyOf(errors);
        }

        public List<EpcisError> errors() {
            return errors;
        }
    }

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
        checkEventIds(events, eventHashes, byHash);
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
    private void checkEventIds(List<EpcisEvent> events, List<String> eventHashes, Map<String, EpcisEvent> byHash) {
        Map<String, String> hashOfId = new java.util.HashMap<>();
        List<EpcisError> errors = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String id = events.get(i).eventID();
            if (id == null) {
                continue;
            }
            given.add(id);
            String before = hashOfId.putIfAbsent(id, eventHashes.get(i));
            if (before != null && !before.equals(eventHashes.get(i))) {
                errors.add(new EpcisError(EpcisRules.EVENT_ID_TAKEN, i, "eventID", "eventID " + id
                        + " is given to another event earlier in this document"));
            }
        }
        for (int from = 0; from < given.size(); from += BATCH) {
            // an event stored without eventID is named by its hash
            db.sql("select event_id, event_hash from epcis_event where event_id in (:ids) union all "
                            + "select event_hash, event_hash from epcis_event where event_hash in (:ids) "
                            + "and event_id is null")
                    .param("ids", given.subList(from, Math.min(given.size(), from + BATCH)))
                    .query((rs, n) -> {
                        String id = rs.getString(1);
                        if (!rs.getString(2).equals(hashOfId.get(id))) {
                            int i = eventIndexOf(events, id);
                            errors.add(new EpcisError(EpcisRules.EVENT_ID_TAKEN, i, "eventID", "eventID " + id
                                    + " is already another event's"));
                        }
                        return id;
                    }).list();
        }
        if (!errors.isEmpty()) {
            throw new EventIdTaken(errors);
        }
    }

    private static int eventIndexOf(List<EpcisEvent> events, String id) {
        for (int i = 0; i < events.size(); i++) {
            if (id.equals(events.get(i).eventID())) {
                return i;
            }
        }
        return -1;
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

    /** The stored JSON-LD of the event with this eventID. */
    public Optional<String> eventJson(String eventId) {
        Optional<String> given = db.sql("select event_json from epcis_event where event_id = ? order by seq")
                .param(eventId).query(String.class).optional();
        // an event stored without eventID is named by its hash (event_id null, V7)
        return given.isPresent() ? given : db.sql("select event_json from epcis_event where event_hash = ? "
                + "and event_id is null").param(eventId).query(String.class).optional();
    }

    /** One page of the events answering the query, in capture order, and the token of the next page if any. */
    public record Page(List<String> eventJson, String nextPageToken) {
    }

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

    public long count() {
        return db.sql("select count(*) from epcis_event").query(Long.class).single();
    }
}
