package org.importwindow.server.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.importwindow.complaint.Complaint;
import org.importwindow.complaint.ComplaintEvent;
import org.importwindow.complaint.ComplaintEvent.ComplaintAccepted;
import org.importwindow.complaint.ComplaintEvent.ComplaintClosed;
import org.importwindow.complaint.ComplaintEvent.ComplaintDeclined;
import org.importwindow.complaint.ComplaintEvent.ComplaintFiled;
import org.importwindow.complaint.ComplaintEvent.MediationStarted;
import org.importwindow.complaint.ComplaintEvent.PhotoAdded;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Complaints as appended events in {@code complaint_event}, with the immutable filing index in {@code complaint}.
 * Nothing here updates or deletes a row. Two regulators taking a step on one complaint at once cannot both write
 * step n: the unique (reference, sequence_no) lets one in and refuses the other.
 */
@Repository
@DependsOnDatabaseInitialization
public class ComplaintStore {

    private static final Map<String, Class<? extends ComplaintEvent>> TYPES = Map.of(
            "ComplaintFiled", ComplaintFiled.class, "ComplaintAccepted", ComplaintAccepted.class,
            "ComplaintDeclined", ComplaintDeclined.class, "MediationStarted", MediationStarted.class,
            "ComplaintClosed", ComplaintClosed.class, "PhotoAdded", PhotoAdded.class);

    private final JdbcClient db;
    private final JsonMapper json;

    public ComplaintStore(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public long nextNumber() {
        return db.sql("select nextval('complaint_number')").query(Long.class).single();
    }

    /** Stores a new complaint: its index row and its first event (in the caller's transaction). */
    public void insert(Complaint c) {
        ComplaintFiled f = c.filing();
        db.sql("insert into complaint (reference, consumer, product_key, received_on, filed_at) values (?, ?, ?, ?, ?)")
                .params(f.reference(), f.by(), f.details().product().key(), c.receivedOn(), utc(f))
                .update();
        append(f.reference(), 1, f);
    }

    /** Appends step {@code sequenceNo} (1 = the filing). */
    public void append(String reference, int sequenceNo, ComplaintEvent e) {
        db.sql("insert into complaint_event (reference, sequence_no, event_type, occurred_at, actor, payload) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(reference, sequenceNo, e.type(), utc(e), e.by(), json.writeValueAsString(e))
                .update();
    }

    public Optional<Complaint> find(String reference) {
        return load("where c.reference = ?", reference).stream().findFirst();
    }

    public List<Complaint> byConsumer(String consumer) {
        return load("where c.consumer = ?", consumer);
    }

    /** Every complaint received on or after {@code from}. */
    public List<Complaint> receivedSince(LocalDate from) {
        return load("where c.received_on >= ?", from);
    }

    public List<Complaint> all() {
        return load("where 1 = 1");
    }

    public long count() {
        return db.sql("select count(*) from complaint").query(Long.class).single();
    }

    private List<Complaint> load(String where, Object... params) {
        Map<String, List<ComplaintEvent>> events = new LinkedHashMap<>();
        db.sql("select e.reference, e.event_type, e.payload from complaint c join complaint_event e "
                        + "on e.reference = c.reference " + where
                        + " order by c.received_on desc, c.reference desc, e.sequence_no")
                .params(params)
                .query((rs, n) -> {
                    events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(json.readValue(rs.getString(3), TYPES.get(rs.getString(2))));
                    return null;
                })
                .list();
        return events.values().stream().map(Complaint::replay).toList();
    }

    private static OffsetDateTime utc(ComplaintEvent e) {
        return e.at().atOffset(ZoneOffset.UTC);
    }
}
