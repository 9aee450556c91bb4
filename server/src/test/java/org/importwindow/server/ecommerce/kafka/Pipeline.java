package org.importwindow.server.ecommerce.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.importwindow.ecommerce.message.CebMessageType;

/**
 * One test's pipeline on the shared broker: its own topics (a random prefix), application id and state directories;
 * a producer that sends CEB messages keyed by their guid, as the runtime expects; a read-committed consumer of the
 * receipts, tax bills, rejections and lists' states (so that output of an aborted transaction is never seen); and the Kafka Streams
 * instances started over it.
 */
final class Pipeline implements AutoCloseable {
    private static final Pattern ROOT = Pattern.compile("<ceb:(CEB\\d{3})Message guid=\"([^\"]+)\"");

    final String bootstrap = TestBroker.bootstrapServers();
    final CbecTopics topics;
    final String applicationId;
    final int partitions;
    final List<KafkaReceipt> receipts = new CopyOnWriteArrayList<>();
    final List<String> taxBills = new CopyOnWriteArrayList<>();
    final List<String> rejected = new CopyOnWriteArrayList<>();
    final List<KafkaListView> views = new CopyOnWriteArrayList<>();
    /** When (System.nanoTime) the final receipt of each list (by copNo) was read. */
    final Map<String, Long> decidedAt = new java.util.concurrent.ConcurrentHashMap<>();
    private final KafkaProducer<String, byte[]> producer;
    private final Thread reader;
    private final List<KafkaStreams> started = new ArrayList<>();
    private final List<Path> stateDirs = new ArrayList<>();
    private volatile boolean open = true;

    Pipeline(String name, int partitions) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.topics = new CbecTopics(id + ".cbec.");
        this.applicationId = id;
        this.partitions = partitions;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            List<NewTopic> all = new ArrayList<>();
            for (String t : topics.inputs()) {
                all.add(new NewTopic(t, partitions, (short) 1));
            }
            for (String t : topics.outputs()) {
                all.add(new NewTopic(t, partitions, (short) 1));
            }
            admin.createTopics(all).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("topics not created", e);
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.reader = new Thread(this::read, id + "-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Settings for tests: the topics of this pipeline, a short sweep so that timeouts can be tested. */
    CbecStreamsSettings settings() {
        return CbecStreamsSettings.defaults(topics);
    }

    /** Start an instance of the application; waits until it runs. */
    KafkaStreams start(CbecCore core, CbecStreamsSettings settings, int threads,
                       StreamsUncaughtExceptionHandler onError) {
        return start(core, settings, threads, onError, Map.of());
    }

    /** {@code extra}: Kafka Streams settings over the tests' own. */
    KafkaStreams start(CbecCore core, CbecStreamsSettings settings, int threads,
                       StreamsUncaughtExceptionHandler onError, Map<String, Object> extra) {
        Path dir;
        try {
            dir = Files.createTempDirectory("cbec-kafka-state");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stateDirs.add(dir);
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                StreamsConfig.STATE_DIR_CONFIG, dir.toString(),
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100,
                StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 200,
                StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 3000,
                StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), 500,
                StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG), 5000));
        config.putAll(extra);
        Properties props = CbecTopology.properties(applicationId, bootstrap, config);
        KafkaStreams streams = new KafkaStreams(CbecTopology.build(core, settings), props);
        streams.setUncaughtExceptionHandler(onError);
        streams.start();
        started.add(streams);
        await(() -> streams.state() == KafkaStreams.State.RUNNING, Duration.ofSeconds(60), "streams running");
        return streams;
    }

    KafkaStreams start(CbecCore core) {
        return start(core, settings(), 2,
                e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }

    /** Send one CEB message to its topic, keyed by its guid; returns the guid. */
    String send(String xml) {
        Matcher m = ROOT.matcher(xml);
        if (!m.find()) {
            throw new IllegalArgumentException("not a CEB message");
        }
        CebMessageType type = CebMessageType.valueOf(m.group(1));
        producer.send(new ProducerRecord<>(topics.inputOf(type), m.group(2), xml.getBytes(StandardCharsets.UTF_8)));
        return m.group(2);
    }

    void sendRaw(String topic, String key, byte[] value) {
        producer.send(new ProducerRecord<>(topic, key, value));
    }

    void flush() {
        producer.flush();
    }

    /** The receipts of a list (CEB622) with copNo, in the order published. */
    List<KafkaReceipt> listReceipts(String copNo) {
        return receipts.stream().filter(r -> "CEB622".equals(r.type()) && copNo.equals(r.copNo())).toList();
    }

    /** The final receipts (800 released, 100 refused) of lists. */
    List<KafkaReceipt> decisions() {
        return receipts.stream().filter(r -> "CEB622".equals(r.type()) && !"120".equals(r.returnStatus())).toList();
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private void read() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, applicationId + "-reader");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            c.subscribe(topics.outputs());
            while (open) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(100))) {
                    if (r.topic().equals(topics.receipts())) {
                        KafkaReceipt receipt = KafkaReceipt.parse(r.value().getBytes(StandardCharsets.UTF_8));
                        receipts.add(receipt);
                        if ("CEB622".equals(receipt.type()) && !"120".equals(receipt.returnStatus())) {
                            decidedAt.putIfAbsent(receipt.copNo(), System.nanoTime());
                        }
                    } else if (r.topic().equals(topics.taxBills())) {
                        taxBills.add(r.value());
                    } else if (r.topic().equals(topics.lists())) {
                        views.add(KafkaListView.parse(r.value().getBytes(StandardCharsets.UTF_8)));
                    } else {
                        rejected.add(r.value());
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        for (KafkaStreams s : started) {
            s.close(Duration.ofSeconds(20));
            s.cleanUp();
        }
        open = false;
        producer.close(Duration.ofSeconds(5));
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Path dir : stateDirs) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory
            }
        }
    }
}
