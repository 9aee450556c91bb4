package org.importwindow.server.ecommerce.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the topology publishes for the single window's read side, kept in its database by one consumer thread:
 * {@code read_committed} (only what committed decisions published), each poll's records written in one database
 * transaction, the offsets committed after it. A crash between the two delivers the records again: so the transaction
 * also records how far each partition was written ({@code cbec_sink_position}), and records before that are not
 * written again. Kafka's committed offsets only say where to start reading (and show the group's lag).
 *
 * <p>When the database is unreachable the records are read again after a pause, never skipped. A record the database
 * refuses for itself (a value too long for its column) is logged and skipped, so that one bad record does not stop the
 * read side of every other list.
 */
abstract class DatabaseSink implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DatabaseSink.class);
    private static final Duration BACKOFF = Duration.ofSeconds(2);

    private final String name;
    private final Map<String, Object> consumerProperties;
    private final String topic;
    private final TransactionTemplate tx;
    private final JdbcClient db;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;
    private final java.util.concurrent.atomic.AtomicLong skipped = new java.util.concurrent.atomic.AtomicLong();
    /** The positions last committed, by this thread only. */
    private final Map<TopicPartition, Long> committed = new HashMap<>();

    /**
     * @param name               the thread's name and, after the topics' prefix, the consumer group's
     *                           ({@code group.id} in {@code consumerProperties} wins)
     * @param consumerProperties Spring's consumer settings (bootstrap servers, security)
     */
    DatabaseSink(String name, Map<String, Object> consumerProperties, CbecTopics topics, String topic,
                 TransactionTemplate tx, JdbcClient db) {
        this.name = name;
        this.db = db;
        Map<String, Object> p = new HashMap<>(consumerProperties);
        p.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, topics.prefix() + name);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerProperties = p;
        this.topic = topic;
        this.tx = tx;
    }

    /**
     * Writes the records not written before (by their partition's position in {@code cbec_sink_position}) and moves the
     * positions past them, in the caller's transaction.
     */
    private void writeOnce(List<ConsumerRecord<String, byte[]>> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        List<ConsumerRecord<String, byte[]>> fresh = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> r : records) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            Long from = next.get(tp);
            if (from == null) {
                from = db.sql("select next_offset from cbec_sink_position where sink = ? and topic = ? and "
                                + "partition_no = ? for update").params(name, tp.topic(), tp.partition())
                        .query(Long.class).optional().orElse(-1L);
                next.put(tp, from);
            }
            if (r.offset() >= from) {
                fresh.add(r);
                next.put(tp, r.offset() + 1);
            }
        }
        if (!fresh.isEmpty()) {
            write(fresh);
        }
        next.forEach((tp, offset) -> {
            if (db.sql("update cbec_sink_position set next_offset = ? where sink = ? and topic = ? and partition_no = ?")
                    .params(offset, name, tp.topic(), tp.partition()).update() == 0) {
                db.sql("insert into cbec_sink_position (sink, topic, partition_no, next_offset) values (?, ?, ?, ?)")
                        .params(name, tp.topic(), tp.partition(), offset).update();
            }
        });
    }

    /** Write these records (in order) to the database; runs inside the batch's transaction. */
    abstract void write(List<ConsumerRecord<String, byte[]>> records);

    /** How many records the database refused since the start (each logged as an error); 0 when all is well. */
    long skipped() {
        return skipped.get();
    }

    /** The consumer group this sink commits its offsets under. */
    String groupId() {
        return String.valueOf(consumerProperties.get(ConsumerConfig.GROUP_ID_CONFIG));
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        consumer = new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new ByteArrayDeserializer());
        committed.clear();
        running = true;
        thread = new Thread(this::run, "cbec-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        KafkaConsumer<String, byte[]> c = consumer;
        try {
            c.subscribe(List.of(topic));
            while (running) {
                ConsumerRecords<String, byte[]> polled = c.poll(Duration.ofMillis(500));
                if (polled.isEmpty()) {
                    // past transaction markers (no records): committed too, so the group's lag reads zero
                    if (moved(c)) {
                        commit(c);
                    }
                    continue;
                }
                List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(polled.count());
                polled.forEach(records::add);
                if (store(records)) {
                    commit(c);
                } else {
                    rewind(c, polled);
                    Thread.sleep(BACKOFF.toMillis());
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("the {} stopped", name, e);
        } finally {
            running = false;
            c.close(Duration.ofSeconds(5));
        }
    }

    /** Store the batch; false when the database could not be reached (read them again later). */
    private boolean store(List<ConsumerRecord<String, byte[]>> records) {
        try {
            tx.executeWithoutResult(s -> writeOnce(records));
            return true;
        } catch (RuntimeException e) {
            if (unreachable(e)) {
                log.warn("the {} could not write to the database, will read again: {}", name, e.toString());
                return false;
            }
            if (records.size() == 1) {
                ConsumerRecord<String, byte[]> r = records.get(0);
                log.error("the {} skips the record at {}-{} offset {}, which the database refuses", name, r.topic(),
                        r.partition(), r.offset(), e);
                skipped.incrementAndGet();
                return true;
            }
        }
        // one record refused spoils its batch: the others one by one
        for (ConsumerRecord<String, byte[]> r : records) {
            if (!store(List.of(r))) {
                return false;
            }
        }
        return true;
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessException
                    || t instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the position of a partition moved since the last commit. */
    private boolean moved(KafkaConsumer<String, byte[]> c) {
        for (TopicPartition tp : c.assignment()) {
            Long last = committed.get(tp);
            if (last == null || last != c.position(tp)) {
                return true;
            }
        }
        return false;
    }

    private void commit(KafkaConsumer<String, byte[]> c) {
        try {
            Map<TopicPartition, Long> now = new HashMap<>();
            for (TopicPartition tp : c.assignment()) {
                now.put(tp, c.position(tp));
            }
            c.commitSync();
            committed.clear();
            committed.putAll(now);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            // e.g. the partitions moved to another instance meanwhile: it reads them again from the last commit
            log.warn("the {} could not commit its offsets: {}", name, e.toString());
        }
    }

    /** Back to the first record of the batch in each partition still assigned. */
    private static void rewind(KafkaConsumer<String, byte[]> c, ConsumerRecords<String, byte[]> polled) {
        for (TopicPartition tp : polled.partitions()) {
            if (c.assignment().contains(tp)) {
                c.seek(tp, polled.records(tp).get(0).offset());
            }
        }
    }

    @Override
    public void stop() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            if (consumer != null) {
                consumer.wakeup();
            }
        }
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
