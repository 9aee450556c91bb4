package org.importwindow.server.ecommerce.kafka;

import ch.qos.logback.classic.Level;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * One in-JVM Kafka broker (KRaft) for all the Kafka runtime's tests, started on first use and stopped when the test
 * JVM ends; each test uses its own topic prefix and application id, so they share nothing else.
 */
final class TestBroker {
    private static EmbeddedKafkaKraftBroker broker;

    private TestBroker() {
    }

    /** Kafka's clients and broker log every setting at INFO: only warnings and errors, for these tests. */
    private static void quiet() {
        for (String name : new String[]{"org.apache.kafka", "kafka", "state.change.logger", "org.springframework.kafka"}) {
            if (LoggerFactory.getLogger(name) instanceof ch.qos.logback.classic.Logger l) {
                l.setLevel(Level.WARN);
            }
        }
    }

    static synchronized String bootstrapServers() {
        if (broker == null) {
            quiet();
            EmbeddedKafkaKraftBroker b = new EmbeddedKafkaKraftBroker(1, 1);
            b.brokerProperty("transaction.state.log.replication.factor", "1");
            b.brokerProperty("transaction.state.log.min.isr", "1");
            b.brokerProperty("offsets.topic.replication.factor", "1");
            b.brokerProperty("group.initial.rebalance.delay.ms", "0");
            // instances that die without leaving their group are noticed after a short session (restart tests)
            b.brokerProperty("group.min.session.timeout.ms", "1000");
            b.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(b::destroy, "embedded-kafka-stop"));
            broker = b;
        }
        return broker.getBrokersAsString();
    }
}
