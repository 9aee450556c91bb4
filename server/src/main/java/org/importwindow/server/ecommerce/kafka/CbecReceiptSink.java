package org.importwindow.server.ecommerce.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.importwindow.ecommerce.message.CebMessageType;
import org.importwindow.ecommerce.message.Receipt;
import org.importwindow.server.ecommerce.CbecStore;
import org.importwindow.server.ecommerce.CbecStore.OwnedReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * In the Kafka runtime, the receipts the topology publishes are also kept in the single window's database, so that
 * senders fetch them with {@code GET /api/v1/cbec/receipts} as in the embedded runtime: one consumer (read_committed,
 * so only receipts of committed decisions) writing each poll's receipts in one batch, committing its offsets after.
 * A receipt written twice after a crash between the two is harmless for reading (the same status again).
 */
public class CbecReceiptSink implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(CbecReceiptSink.class);

    private final Map<String, Object> consumerProperties;
    private final CbecTopics topics;
    private final CbecStore store;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    public CbecReceiptSink(Map<String, Object> consumerProperties, CbecTopics topics, CbecStore store) {
        this.consumerProperties = consumerProperties;
        this.topics = topics;
        this.store = store;
    }

    @Override
    public void start() {
        Map<String, Object> p = new java.util.HashMap<>(consumerProperties);
        p.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, topics.prefix() + "receipt-sink");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = new Thread(this::run, "cbec-receipt-sink");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            consumer.subscribe(List.of(topics.receipts()));
            while (running) {
                List<OwnedReceipt> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    try {
                        KafkaReceipt k = KafkaReceipt.parse(r.value());
                        batch.add(new OwnedReceipt(k.owner() != null ? k.owner() : r.key(), k.messageGuid(),
                                new Receipt(CebMessageType.valueOf(k.type()), k.guid(), k.ebpCode(), k.ebcCode(),
                                        k.orderNo(), k.payCode(), k.payTransactionId(), k.logisticsCode(),
                                        k.logisticsNo(), k.customsCode(), k.agentCode(), k.copNo(), k.preNo(),
                                        k.invtNo(), k.returnStatus(), k.returnTime(), k.returnInfo())));
                    } catch (RuntimeException e) {
                        log.warn("receipt at offset {} not readable: {}", r.offset(),
                                new String(r.value(), StandardCharsets.UTF_8).length());
                    }
                }
                if (!batch.isEmpty()) {
                    store.insertReceipts(batch);
                }
                consumer.commitSync();
            }
        } catch (WakeupException e) {
            // stopping
        } catch (RuntimeException e) {
            log.error("the receipt sink stopped", e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
