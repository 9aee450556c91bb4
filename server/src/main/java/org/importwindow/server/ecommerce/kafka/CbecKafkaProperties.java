package org.importwindow.server.ecommerce.kafka;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code importwindow.cbec.kafka.*}: the Kafka runtime, used when {@code importwindow.cbec.runtime=kafka}. The
 * connection itself is Spring's {@code spring.kafka.*} ({@code spring.kafka.bootstrap-servers}, security, and
 * {@code spring.kafka.streams.properties.*} for any Kafka Streams setting such as {@code num.stream.threads}).
 *
 * @param applicationId         Kafka Streams application id: the consumer group, and the prefix of the internal
 *                              topics (repartition, changelogs); every instance of one deployment shares it
 * @param topicPrefix           prefix of the topics ({@code cbec.order}, ... {@code cbec.receipts})
 * @param createTopics          create the input and output topics at start-up when missing (development; in
 *                              production create them with their retention and ACLs beforehand)
 * @param partitions            partitions of the topics created here; the parallelism of the whole pipeline
 * @param replicas              replication factor of the topics created here (3 in production)
 * @param repartitionPartitions partitions of the repartition topics; 0 = as many as the input topics
 * @param sweepInterval         how often each partition looks for lists that waited too long for their documents
 *                              (the wait itself is {@code importwindow.cbec.pending-timeout})
 * @param duplicateWindow       how long a message guid is remembered, to drop a resent message
 * @param publishTimeout        how long the HTTP gateway waits for the brokers to acknowledge a message
 */
@ConfigurationProperties("importwindow.cbec.kafka")
public record CbecKafkaProperties(@DefaultValue("importwindow-cbec") String applicationId,
                                  @DefaultValue("cbec.") String topicPrefix,
                                  @DefaultValue("true") boolean createTopics,
                                  @DefaultValue("12") int partitions,
                                  @DefaultValue("1") short replicas,
                                  @DefaultValue("0") int repartitionPartitions,
                                  @DefaultValue("PT1M") Duration sweepInterval,
                                  @DefaultValue("P7D") Duration duplicateWindow,
                                  @DefaultValue("PT10S") Duration publishTimeout,
                                  Map<String, String> streams) {
}
