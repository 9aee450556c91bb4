package org.importwindow.server.ecommerce.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.importwindow.ecommerce.message.CebMessage;
import org.springframework.beans.factory.DisposableBean;

/**
 * What the HTTP API calls in the Kafka runtime instead of deciding itself: publish a message it has read and
 * authorised (schema, copCode, role) to its type's topic, keyed by its guid, and return once the brokers hold it
 * (acks=all, idempotent producer): durable before the sender is told it was received. The receipts follow on the
 * receipts topic. Thread-safe.
 */
public class CbecKafkaGateway implements DisposableBean {
    private final KafkaProducer<String, byte[]> producer;
    private final CbecTopics topics;
    private final Duration timeout;

    public CbecKafkaGateway(Map<String, Object> producerProperties, CbecTopics topics, Duration timeout) {
        Map<String, Object> p = new java.util.HashMap<>(producerProperties);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 2);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.topics = topics;
        this.timeout = timeout;
    }

    /**
     * Publish {@code body} (the message as received: XML, or the JSON form) of {@code message}; returns where it was
     * written.
     *
     * @throws IllegalStateException when the brokers did not acknowledge it in time (the sender should send again:
     *                               the same guid is dropped if it did arrive)
     */
    public RecordMetadata publish(CebMessage message, byte[] body) {
        try {
            return producer.send(new ProducerRecord<>(topics.inputOf(message.type()), message.guid(), body))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + message.guid(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("message " + message.guid() + " not acknowledged by Kafka", e);
        }
    }

    public CbecTopics topics() {
        return topics;
    }

    @Override
    public void destroy() {
        producer.close(Duration.ofSeconds(5));
    }
}
