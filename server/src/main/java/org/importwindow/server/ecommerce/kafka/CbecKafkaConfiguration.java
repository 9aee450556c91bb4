package org.importwindow.server.ecommerce.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsConfig;
import org.importwindow.server.ecommerce.CbecEngine;
import org.importwindow.server.ecommerce.CbecProperties;
import org.importwindow.server.ecommerce.CbecStore;
import org.importwindow.server.ecommerce.PersonKeys;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Kafka runtime of cross-border e-commerce, on when {@code importwindow.cbec.runtime=kafka} (off by default: the
 * embedded runtime is untouched). Builds the topology over the single window's own engines and person keys, runs it
 * with the application, creates the topics when asked, and offers the gateway the HTTP API publishes through.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "importwindow.cbec", name = "runtime", havingValue = "kafka")
public class CbecKafkaConfiguration {

    @Bean
    CbecTopics cbecTopics(CbecKafkaProperties properties) {
        return new CbecTopics(properties.topicPrefix());
    }

    @Bean
    CbecCore cbecCore(CbecEngine engine, PersonKeys keys) {
        return CbecCore.of(engine, keys);
    }

    @Bean
    CbecStreamsSettings cbecStreamsSettings(CbecTopics topics, CbecKafkaProperties kafka, CbecProperties cbec) {
        return new CbecStreamsSettings(topics, cbec.pendingTimeout(), kafka.sweepInterval(), kafka.duplicateWindow(),
                cbec.maxMessageBytes(), kafka.repartitionPartitions());
    }

    /** The input and output topics, created by Spring's KafkaAdmin at start-up when missing. */
    @Bean
    KafkaAdmin.NewTopics cbecNewTopics(CbecTopics topics, CbecKafkaProperties properties) {
        List<NewTopic> all = new ArrayList<>();
        if (properties.createTopics()) {
            for (String t : topics.inputs()) {
                all.add(new NewTopic(t, properties.partitions(), properties.replicas()));
            }
            for (String t : topics.outputs()) {
                all.add(new NewTopic(t, properties.partitions(), properties.replicas()));
            }
        }
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }

    @Bean
    CbecKafkaRuntime cbecKafkaRuntime(CbecCore core, CbecStreamsSettings settings, KafkaProperties spring,
                                      CbecKafkaProperties properties) {
        Map<String, Object> base = spring.buildStreamsProperties();
        Properties p = CbecTopology.properties(String.valueOf(base.getOrDefault(StreamsConfig.APPLICATION_ID_CONFIG,
                        properties.applicationId())),
                String.valueOf(base.getOrDefault(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092"))
                        .replace("[", "").replace("]", "").replace(" ", ""),
                Map.of());
        base.forEach((k, v) -> {
            if (!k.equals(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG) && !k.equals(StreamsConfig.APPLICATION_ID_CONFIG)) {
                p.put(k, v);
            }
        });
        if (properties.streams() != null) {
            p.putAll(properties.streams());
        }
        // never weaker than exactly-once, whatever else was set
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        return new CbecKafkaRuntime(CbecTopology.build(core, settings), p, core);
    }

    /** Keeps the receipts in the database too, for GET /api/v1/cbec/receipts and the enterprises' page. */
    @Bean
    CbecReceiptSink cbecReceiptSink(KafkaProperties spring, CbecTopics topics, CbecStore store,
                                    TransactionTemplate tx, JdbcClient db) {
        return new CbecReceiptSink(spring.buildConsumerProperties(), topics, store, tx, db);
    }

    /**
     * Keeps the lists' states, their tax bills and the buyers' usage in the database too, for GET
     * /api/v1/cbec/tax-bills and the buyer's, enterprise's and officer's pages.
     */
    @Bean
    CbecListSink cbecListSink(KafkaProperties spring, CbecTopics topics, CbecStore store, JdbcClient db,
                              TransactionTemplate tx, org.importwindow.server.ecommerce.CbecMeter meter) {
        return new CbecListSink(spring.buildConsumerProperties(), topics, store, db, tx, meter);
    }

    @Bean
    CbecKafkaGateway cbecKafkaGateway(KafkaProperties spring, CbecTopics topics, CbecKafkaProperties properties) {
        return new CbecKafkaGateway(spring.buildProducerProperties(), topics, properties.publishTimeout());
    }
}
