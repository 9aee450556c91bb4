package org.importwindow.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.importwindow.server.jdbc.BatchWriter;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The append-only event chains of the declarations in {@code declaration_event}. This class only ever INSERTs and
 * SELECTs: there is no update or delete of an event anywhere in the application. Each declaration has its own chain
 * (so lodgements do not wait for one another): the first event's previous hash is {@link AuditChain#GENESIS}, every
 * other's is the hash of the event before it; the unique (declaration, sequence) key refuses a forked chain.
 */
@Repository
@DependsOnDatabaseInitialization
public class AuditTrail {
    private static final String INSERT = "insert into declaration_event (declaration_id, sequence_no, event_type, "
            + "actor, occurred_at, canonical_text, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "id, declaration_id, sequence_no, event_type, actor, occurred_at, "
            + "canonical_text, previous_hash, hash";

    private final JdbcClient db;
    private final JdbcTemplate jdbc;
    private final AuditChain chain;

    public AuditTrail(JdbcClient db, JdbcTemplate jdbc, AuditChain chain) {
        this.db = db;
        this.jdbc = jdbc;
        this.chain = chain;
    }

    /** A chained row before it is stored. */
    private record Row(String declarationId, int sequence, String type, String actor, OffsetDateTime at,
                       String text, String previous, String hash) {
    }

    /**
     * Append events to a declaration's chain after {@code last} (null for a new declaration), in the caller's
     * transaction; returns the new last event's sequence and hash. The events' times must have at most microsecond
     * precision (what the databases keep), so that the hashed text equals what is read back.
     */
    public Tip append(String declarationId, Tip last, List<NewEvent> events) {
        List<Row> rows = new ArrayList<>(events.size());
        Tip tip = chain(declarationId, last, events, rows);
        insert(rows);
        return tip;
    }

    /** The first events of a new declaration's chain. */
    public record NewChain(String declarationId, List<NewEvent> events) {
    }

    /** Start the chains of new declarations (in the caller's transaction), all in one batch. */
    public void appendNew(List<NewChain> chains) {
        List<Row> rows = new ArrayList<>(chains.size() * 4);
        for (NewChain c : chains) {
            chain(c.declarationId(), null, c.events(), rows);
        }
        insert(rows);
    }

    private Tip chain(String declarationId, Tip last, List<NewEvent> events, List<Row> rows) {
        int sequence = last == null ? 0 : last.sequence();
        String previous = last == null ? AuditChain.GENESIS : last.hash();
        for (NewEvent e : events) {
            sequence++;
            String text = e.text().write(sequence, declarationId);
            String hash = chain.hash(previous, text);
            rows.add(new Row(declarationId, sequence, e.type(), e.actor(),
                    e.at() == null ? null : e.at().atOffset(ZoneOffset.UTC), text, previous, hash));
            previous = hash;
        }
        return new Tip(sequence, previous);
    }

    private void insert(List<Row> rows) {
        BatchWriter.write(jdbc, INSERT, rows, 1000, (ps, r) -> {
            ps.setString(1, r.declarationId());
            ps.setInt(2, r.sequence());
            ps.setString(3, r.type());
            ps.setString(4, r.actor());
            ps.setObject(5, r.at());
            ps.setString(6, r.text());
            ps.setString(7, r.previous());
            ps.setString(8, r.hash());
        });
    }

    /** The last event of a declaration's chain. */
    public record Tip(int sequence, String hash) {
    }

    public Tip tip(String declarationId) {
        return db.sql("select sequence_no, hash from declaration_event where declaration_id = ? "
                        + "order by sequence_no desc limit 1").param(declarationId)
                .query((rs, n) -> new Tip(rs.getInt(1), rs.getString(2))).optional().orElse(null);
    }

    public List<StoredEvent> events(String declarationId) {
        return db.sql("select " + COLUMNS + " from declaration_event where declaration_id = ? order by sequence_no")
                .param(declarationId).query(AuditTrail::row).list();
    }

    public long count() {
        return db.sql("select count(*) from declaration_event").query(Long.class).single();
    }

    /** Every event, chain by chain in sequence order, streamed (the table may be large). */
    public void forEach(Consumer<StoredEvent> consumer) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("select " + COLUMNS + " from declaration_event "
                    + "order by declaration_id, sequence_no");
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            consumer.accept(row(rs, 0));
        });
    }

    private static StoredEvent row(ResultSet rs, int n) throws SQLException {
        return new StoredEvent(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
