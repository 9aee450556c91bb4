package org.importwindow.server.traceability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.ArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.importwindow.traceability.epcis.Capture;
import org.importwindow.traceability.epcis.EpcisError;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The EPCIS 2.0 capture jobs: a capture document is accepted at once (202) and stored by a worker; its job says
 * whether it is running, whether it succeeded, and every error. Capture error behaviour is rollback: a document with
 * any error stores nothing. Jobs are rows (V7), so their status outlives the request and the worker.
 *
 * <p>Two workers take the waiting documents; each stores up to {@link #GROUP} of them, and finishes their jobs, in
 * one transaction, so a busy capture interface commits once per group rather than once per document (a commit was
 * about a fifth of a worker's CPU). Each document stays all or nothing: when any document of a group cannot be
 * stored, the group is rolled back and its documents are stored one by one.
 */
@Component
public class CaptureJobs implements DisposableBean {
    private final JdbcClient db;
    private final EpcisStore store;
    private final JsonMapper json;
    private final Clock clock;
    /** Documents stored in one transaction at most. */
    static final int GROUP = 8;
    private static final int WORKERS = 2;

    private final TransactionTemplate tx;
    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean stopping;
    private final Object gate = new Object();
    private boolean held;

    private record Pending(String id, Capture capture, String capturedBy) {
    }

    public CaptureJobs(JdbcClient db, EpcisStore store, JsonMapper json, ObjectProvider<Clock> clock,
                       TransactionTemplate tx) {
        this.db = db;
        this.store = store;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.tx = tx;
        for (int i = 0; i < WORKERS; i++) {
            Thread t = new Thread(this::work, "epcis-capture");
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
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
        waiting.add(new Pending(id, capture, capturedBy));
        return id;
    }

    private void work() {
        List<Pending> group = new ArrayList<>(GROUP);
        while (!stopping) {
            try {
                group.add(waiting.take());
                synchronized (gate) {
                    while (held) {
                        gate.wait();
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
            waiting.drainTo(group, GROUP - 1);
            storeGroup(group);
            group.clear();
        }
    }

    /** Stores the valid documents of the group in one transaction; on any failure, each on its own. */
    private void storeGroup(List<Pending> group) {
        List<Pending> valid = new ArrayList<>();
        for (Pending p : group) {
            if (p.capture().errors().isEmpty()) {
                valid.add(p);
            } else {
                run(p.id(), p.capture(), p.capturedBy());
            }
        }
        if (valid.size() == 1) {
            run(valid.get(0).id(), valid.get(0).capture(), valid.get(0).capturedBy());
            return;
        }
        if (valid.isEmpty()) {
            return;
        }
        try {
            tx.executeWithoutResult(status -> {
                OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                for (Pending p : valid) {
                    int count = store.store(p.capture().events(), p.capturedBy(), p.id(), now).eventIds().size();
                    finish(p.id(), List.of(), count);
                }
            });
        } catch (RuntimeException any) {
            // an eventID taken, a race on a duplicate, or a failure: each document on its own, as if alone
            for (Pending p : valid) {
                run(p.id(), p.capture(), p.capturedBy());
            }
        }
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
        finish(id, errors, count);
    }

    private void finish(String id, List<EpcisError> errors, Integer count) {
        db.sql("update epcis_capture_job set running = false, success = ?, event_count = ?, errors_json = ?, "
                        + "finished_at = ? where capture_id = ?")
                .params(errors.isEmpty(), count, json.writeValueAsString(errors.stream()
                                .map(EpcisProblemHandler::json).toList()),
                        Timestamp.from(clock.instant()), id).update();
    }

    /** Tests: hold the workers (documents wait in the queue) and let them go, so that documents form groups. */
    void hold(boolean hold) {
        synchronized (gate) {
            held = hold;
            gate.notifyAll();
        }
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

    @Override
    public void destroy() {
        stopping = true;
        workers.forEach(Thread::interrupt);
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
