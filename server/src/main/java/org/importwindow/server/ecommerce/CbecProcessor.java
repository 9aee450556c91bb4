package org.importwindow.server.ecommerce;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.importwindow.ecommerce.message.CebTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded runtime's single writer: every change to the cross-border e-commerce state (documents, lists, the
 * allowance ledger, receipts) runs on one thread, so that an inventory list and the documents it waits for can never
 * miss each other in concurrent transactions and one buyer's lists are decided one after the other. Messages are
 * parsed and checked against the schema on the callers' threads; only the decisions queue here. When several are
 * waiting they are stored in one transaction (group commit, {@link CbecProperties#groupCommit}, up to
 * {@link CbecProperties#groupDocuments} documents) and each caller is answered after that commit: durable before a
 * receipt says accepted. Should the shared transaction fail, each of its tasks is run again in a transaction of its
 * own, so one bad message cannot sink the others.
 */
@Component
public class CbecProcessor implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(CbecProcessor.class);
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TransactionTemplate tx;
    private final CbecProperties properties;
    private final Clock clock;
    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean running = true;
    private volatile GroupListener listener = new GroupListener() {
    };

    /**
     * What the work done on this thread is told about its transactions: {@link #beforeCommit} to write what it
     * buffered, {@link #afterRollback} to forget what it remembered of a group that was not written, and
     * {@link #alone} while the tasks of a failed group are retried one by one.
     */
    public interface GroupListener {
        default void beforeCommit() {
        }

        /**
         * Without SQL transactions (the RocksDB store): write the group, asynchronously if the store can; the
         * processor answers the group's senders when the returned future completes and meanwhile runs the next group.
         */
        default CompletableFuture<Void> commit() {
            beforeCommit();
            return CompletableFuture.completedFuture(null);
        }

        default void afterRollback() {
        }

        default void alone(boolean alone) {
        }
    }

    public void listen(GroupListener listener) {
        this.listener = listener;
    }

    /**
     * For a store of record outside SQL (RocksDB, which writes each group as one batch in
     * {@link GroupListener#beforeCommit}): groups run without opening a SQL transaction, which cost a connection
     * and a commit per group for nothing, and closing does not wait for a database that may already be gone.
     */
    public void withoutSqlTransactions() {
        this.sql = false;
    }

    private volatile boolean sql = true;

    /** Run a group (or a task alone) in a SQL transaction when the store is SQL. */
    private <T> T inGroup(Supplier<T> work) {
        return sql ? tx.execute(status -> work.get()) : work.get();
    }

    public CbecProcessor(TransactionTemplate tx, CbecProperties properties, ObjectProvider<Clock> clock) {
        this.tx = tx;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.worker = new Thread(this::run, "cbec-processor");
        this.worker.setDaemon(true);
        this.worker.start();
    }

    /** The moment a task runs at: UTC for rows, China's local time for receipts and the day taxes are due. */
    public record Now(OffsetDateTime utc, LocalDateTime china, String returnTime) {
        /** {@code returnTime} as receipts write it, formatted once: a message's hundred receipts all carry it. */
        public Now(OffsetDateTime utc, LocalDateTime china) {
            this(utc, china, CebTimes.formatReturnTime(china));
        }
    }

    /** {@code documents}: how many documents the work handles, which bounds its group ({@link #take}). */
    private record Task<T>(Function<Now, T> work, int documents, CompletableFuture<T> result) {
    }

    /** Run {@code work} on the writer thread in a transaction and wait for its commit. */
    public <T> T submit(Function<Now, T> work) {
        return submit(work, 1);
    }

    /**
     * Run {@code work}, which handles a message of {@code documents} documents, on the writer thread in a transaction
     * and wait for its commit.
     */
    public <T> T submit(Function<Now, T> work, int documents) {
        Task<T> task = new Task<>(work, Math.max(1, documents), new CompletableFuture<>());
        if (!running) {
            throw new IllegalStateException("the cross-border e-commerce processor is stopped");
        }
        queue.add(task);
        try {
            return task.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the processor", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many tasks wait for the writer (tests). */
    int waiting() {
        return queue.size();
    }

    /** Today in China by this processor's clock: the day a list received now is decided on (unless midnight passes). */
    public java.time.LocalDate today() {
        // as now() has it, without formatting a receipt's time for nothing
        return OffsetDateTime.now(clock).atZoneSameInstant(CHINA).toLocalDate();
    }

    private Now now() {
        OffsetDateTime utc = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        return new Now(utc, utc.atZoneSameInstant(CHINA).toLocalDateTime());
    }

    private void run() {
        List<Task<?>> batch = new ArrayList<>();
        while (running) {
            try {
                take(batch);
                runBatch(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                notProcessed(batch);
                return;
            } catch (RuntimeException | Error e) {
                log.error("cross-border e-commerce processor failed", e);
                notProcessed(batch);
            } finally {
                // a group being written asynchronously is answered by its own future
                batch.clear();
            }
        }
    }

    /**
     * The next group: the first task waiting (waiting for one if none is), then those queued behind it while the group
     * has fewer than {@link CbecProperties#groupCommit} tasks and {@link CbecProperties#groupDocuments} documents. A
     * task is never split, so a message larger than the bound is a group of its own. This is the only thread that
     * takes from the queue, so what it peeks at is what it then polls.
     */
    private void take(List<Task<?>> batch) throws InterruptedException {
        Task<?> first = queue.take();
        batch.add(first);
        int documents = first.documents();
        int most = Math.max(1, properties.groupCommit());
        Task<?> next;
        while (batch.size() < most && documents < properties.groupDocuments() && (next = queue.peek()) != null
                && documents + next.documents() <= properties.groupDocuments()) {
            batch.add(queue.poll());
            documents += next.documents();
        }
    }

    private void runBatch(List<Task<?>> batch) {
        Now now = now();
        // the results are only handed out after the commit: a rollback must not have answered anyone
        List<Object> results = new ArrayList<>(batch.size());
        if (!sql) {
            CompletableFuture<Void> durable = null;
            try {
                for (Task<?> t : batch) {
                    results.add(t.work().apply(now));
                }
                durable = listener.commit();
            } catch (RuntimeException e) {
                listener.afterRollback();
                log.debug("group of {} failed, each alone: {}", batch.size(), e.toString());
            }
            if (durable != null) {
                List<Task<?>> group = List.copyOf(batch);
                durable.whenComplete((done, failed) -> {
                    for (int i = 0; i < group.size(); i++) {
                        if (failed == null) {
                            complete(group.get(i), results.get(i));
                        } else {
                            group.get(i).result().completeExceptionally(failed);
                        }
                    }
                });
                return;
            }
            alone(batch, now);
            return;
        }
        try {
            inGroup(() -> {
                for (Task<?> t : batch) {
                    results.add(t.work().apply(now));
                }
                listener.beforeCommit();
                return null;
            });
            for (int i = 0; i < batch.size(); i++) {
                complete(batch.get(i), results.get(i));
            }
            return;
        } catch (RuntimeException e) {
            listener.afterRollback();
            log.debug("group of {} failed, each alone: {}", batch.size(), e.toString());
        }
        alone(batch, now);
    }

    /** Each task of a failed group again, in a transaction (or group) of its own. */
    private void alone(List<Task<?>> batch, Now now) {
        listener.alone(true);
        try {
            for (Task<?> t : batch) {
                try {
                    Object result = inGroup(() -> {
                        Object r = t.work().apply(now);
                        listener.beforeCommit();
                        return r;
                    });
                    complete(t, result);
                } catch (RuntimeException e) {
                    listener.afterRollback();
                    t.result().completeExceptionally(e);
                }
            }
        } finally {
            listener.alone(false);
        }
    }

    private static void notProcessed(List<Task<?>> batch) {
        for (Task<?> t : batch) {
            t.result().completeExceptionally(new IllegalStateException("not processed"));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Task<T> task, Object result) {
        task.result().complete((T) result);
    }

    @Override
    public void destroy() {
        running = false;
        worker.interrupt();
    }
}
