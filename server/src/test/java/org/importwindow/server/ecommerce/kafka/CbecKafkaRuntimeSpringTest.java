package org.importwindow.server.ecommerce.kafka;

import org.importwindow.server.ecommerce.Purchase;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.importwindow.ecommerce.message.CebMessages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The single window started with {@code importwindow.cbec.runtime=kafka}: its own engines run as the topology, and
 * the gateway the HTTP API publishes through gets a purchase released on the receipts topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:cbec-kafka;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "importwindow.cbec.runtime=kafka",
        "importwindow.cbec.kafka.partitions=2",
        "importwindow.cbec.kafka.streams.num.stream.threads=1",
        "importwindow.cbec.kafka.streams.commit.interval.ms=100"})
@DirtiesContext // stop its stream threads rather than keep them polling behind the other tests
class CbecKafkaRuntimeSpringTest {
    static final String ID = "spring-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry r) throws Exception {
        String stateDir = Files.createTempDirectory("cbec-kafka-spring").toString();
        r.add("spring.kafka.bootstrap-servers", TestBroker::bootstrapServers);
        r.add("importwindow.cbec.kafka.application-id", () -> ID);
        r.add("importwindow.cbec.kafka.topic-prefix", () -> ID + ".cbec.");
        r.add("spring.kafka.streams.state-dir", () -> stateDir);
    }

    @Autowired
    CbecKafkaGateway gateway;

    @Autowired
    CbecKafkaRuntime runtime;

    @Autowired
    org.importwindow.server.ecommerce.CbecReading reading;

    @Test
    void with_the_kafka_runtime_on_a_purchase_published_through_the_gateway_is_released_on_the_receipts_topic() {
        Pipeline.await(runtime::processing, Duration.ofSeconds(60), "the runtime");
        String buyer = Purchase.residentId(21);
        Purchase purchase = new Purchase(buyer).tshirts("2", "150");
        for (String xml : List.of(purchase.orderXml(), purchase.paymentXml(), purchase.waybillXml(),
                purchase.inventoryXml())) {
            byte[] body = xml.getBytes(StandardCharsets.UTF_8);
            assertThat(gateway.publish(CebMessages.read(body), body).offset()).isNotNegative();
        }
        List<KafkaReceipt> receipts = new ArrayList<>();
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestBroker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, ID + "-reader");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(),
                new StringDeserializer())) {
            c.subscribe(List.of(gateway.topics().receipts()));
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (receipts.stream().noneMatch(r -> "800".equals(r.returnStatus())) && System.nanoTime() < end) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    receipts.add(KafkaReceipt.parse(r.value().getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        assertThat(receipts).anySatisfy(r -> {
            assertThat(r.type()).isEqualTo("CEB622");
            assertThat(r.copNo()).isEqualTo(purchase.copNo);
            assertThat(r.returnStatus()).isEqualTo("800");
        });
        // and the sender reads it back from the single window as in the embedded runtime
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (reading.receipts(Purchase.AGENT, purchase.copNo, null, null).stream()
                .noneMatch(r -> "800".equals(r.returnStatus())) && System.nanoTime() < end) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(reading.receipts(Purchase.AGENT, purchase.copNo, null, null))
                .anySatisfy(r -> assertThat(r.returnStatus()).isEqualTo("800"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(runtime.queries().allowance(buyer, today).usage()).isEqualByComparingTo("310.00");
    }
}
