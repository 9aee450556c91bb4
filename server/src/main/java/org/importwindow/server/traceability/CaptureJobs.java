package org.importwindow.server.traceability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.importwindow.traceability.epcis.Capture;
import org.importwindow.traceability.epcis.EpcisError;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EPCIS 2.0 capture jobs: a capture document is accepted at once (202) and stored by a worker; its job says
 * whether it is running, whether it succeeded, and every error. Capture error behaviour is rollback: a document with
 * any error stores nothing. Jobs are rows (V7), so their status outlives the request and the worker.
 */
@Component
public class CaptureJobs implements DisposableBean {
    private final JdbcClient db;
    private final EpcisStore store;
    private final JsonMapper json;
    private final Clock clock;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "epcis-capture");
        t.setDaemon(true);
        return t;
    });

    public CaptureJobs(JdbcClient db, EpcisStore store, JsonMapper json, ObjectProvider<Clock> clock) {
        this.db = db;
        this.store = store;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A job's status in the standard's shape. */
    public record Job(String captureID, boolean running, Boolean success, String createdBy, List<Object> errors) {
    }

    /** Starts a job for a read capture; the worker stores its events unless it has errors. */
    public String start(Capture capture, String capturedBy) {
        String id = UUID.randomUUID().toString();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        db.sql("insert into epcis_capture_job (capture_id, created_by, created_at, running) values (?, ?, ?, true)")
                .params(id, capturedBy, Timestamp.from(now.toInstant())).update();
        workers.submit(() -> run(id, capture, capturedBy));
        return id;
    }

    private void run(String id, Capture capture, String capturedBy) {
        List<EpcisError> errors = capture.errors();
        Integer count = null;
        if (errors.isEmpty()) {
            try {
                OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                try {
                    count = store.store(capture.events(), capturedBy, id, now).eventIds().size();
                } catch (org.springframework.dao.DuplicateKeyException race) {
                    // another capture stored one of these events between the duplicate check and the insert: once
                    // more, and the check sees it
                    count = store.store(capture.events(), capturedBy, id, now).eventIds().size();
                }
            } catch (EpcisStore.EventIdTaken e) {
                errors = e.errors();
            } catch (RuntimeException e) {
                errors = List.of(new EpcisError("EPCIS-900", -1, "", "the events could not be stored: "
                        + e.getClass().getSimpleName()));
            }
        }
        db.sql("update epcis_capture_job set running = false, success = ?, event_count = ?, errors_json = ?, "
                        + "finished_at = ? where capture_id = ?")
                .params(errors.isEmpty(), count, json.writeValueAsString(errors.stream()
                                .map(EpcisProblemHandler::json).toList()),
                        Timestamp.from(clock.instant()), id).update();
    }

    public Optional<Job> find(String id) {
        return db.sql("select capture_id, running, success, created_by, errors_json from epcis_capture_job "
                + "where capture_id = ?").param(id).query((rs, n) -> {
                    String errors = rs.getString(5);
                    Object success = rs.getObject(3);
                    @SuppressWarnings("unchecked")
                    List<Object> list = errors == null ? List.of() : json.readValue(errors, List.class);
                    return new Job(rs.getString(1), rs.getBoolean(2), success == null ? null : (Boolean) success,
                            rs.getString(4), list);
                }).optional();
    }

    /** On shutdown the captures already accepted are stored (up to a minute) before the store closes. */
    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    }

    static Map<String, Object> shape(Job j) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("captureID", j.captureID());
        m.put("running", j.running());
        m.put("success", j.success() == null ? Boolean.FALSE : j.success());
        m.put("captureErrorBehaviour", "rollback");
        m.put("errors", j.errors());
        return m;
    }
}
