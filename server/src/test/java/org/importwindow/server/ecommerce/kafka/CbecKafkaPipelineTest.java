package org.importwindow.server.ecommerce.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * The cross-border e-commerce pipeline on an in-JVM Kafka broker: documents in any order, each list decided once.
 */
class CbecKafkaPipelineTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void every_list_sent_is_decided_exactly_once_whatever_order_its_documents_arrive_in_and_resent_messages_count_once() {
        try (Pipeline p = new Pipeline("once", 3)) {
            p.start(CbecKafkaWorld.CORE);
            Random random = new Random(7);
            List<Purchase> purchases = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                Purchase purchase = new Purchase(Purchase.residentId(1000 + i % 40))
                        .coffee("1", Integer.toString(100 + random.nextInt(900)));
                purchases.add(purchase);
                messages.addAll(List.of(purchase.orderXml(), purchase.paymentXml(), purchase.waybillXml(),
                        purchase.inventoryXml()));
            }
            Collections.shuffle(messages, random);
            messages.forEach(p::send);
            // an enterprise's system that did not see its answer sends again: same guid, nothing changes
            messages.subList(0, 40).forEach(p::send);
            p.flush();

            Pipeline.await(() -> p.decisions().size() >= purchases.size(), Duration.ofSeconds(60), "all decisions");
            Pipeline.await(() -> p.taxBills.size() >= purchases.size(), Duration.ofSeconds(20), "all tax bills");
            Map<String, Long> perList = p.decisions().stream()
                    .collect(Collectors.groupingBy(KafkaReceipt::copNo, Collectors.counting()));
            assertThat(perList).hasSize(purchases.size());
            assertThat(perList.values()).allMatch(n -> n == 1);
            assertThat(p.decisions()).allSatisfy(r -> {
                assertThat(r.returnStatus()).as(r.returnInfo()).isEqualTo("800");
                assertThat(r.invtNo()).hasSize(18);
                assertThat(r.owner()).isEqualTo(Purchase.AGENT);
            });
            assertThat(p.decisions().stream().map(KafkaReceipt::invtNo).distinct()).hasSize(purchases.size());
            for (String type : List.of("CEB312", "CEB412", "CEB512")) {
                assertThat(p.receipts.stream().filter(r -> type.equals(r.type())))
                        .as(type).hasSize(purchases.size()).allMatch(r -> "120".equals(r.returnStatus()));
            }
            assertThat(p.taxBills).hasSize(purchases.size());
            assertThat(p.rejected).isEmpty();
        }
    }

    @Test
    void many_lists_of_one_buyer_at_once_never_overspend_the_annual_limit() throws Exception {
        try (Pipeline p = new Pipeline("limit", 3)) {
            KafkaStreams streams = p.start(CbecKafkaWorld.CORE);
            String buyer = Purchase.residentId(77);
            List<Purchase> purchases = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // 990 of coffee + 10 freight: 1,000.00 against the allowance each
                Purchase purchase = new Purchase(buyer).coffee("1", "990");
                purchases.add(purchase);
                p.send(purchase.orderXml());
                p.send(purchase.paymentXml());
                p.send(purchase.waybillXml());
            }
            p.flush();
            Pipeline.await(() -> p.receipts.size() >= 120, Duration.ofSeconds(30), "documents stored");
            // the 40 lists at once, from four senders' threads
            List<Thread> senders = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int from = t * 10;
                Thread s = new Thread(() -> purchases.subList(from, from + 10).forEach(x -> p.send(x.inventoryXml())));
                senders.add(s);
                s.start();
            }
            for (Thread s : senders) {
                s.join();
            }
            p.flush();

            Pipeline.await(() -> p.decisions().size() >= 40, Duration.ofSeconds(60), "40 decisions");
            List<KafkaReceipt> released = p.decisions().stream().filter(r -> "800".equals(r.returnStatus())).toList();
            List<KafkaReceipt> refused = p.decisions().stream().filter(r -> "100".equals(r.returnStatus())).toList();
            assertThat(released).hasSize(26);
            assertThat(refused).hasSize(14).allSatisfy(r -> assertThat(r.returnInfo()).startsWith("-621018"));
            assertThat(new CbecKafkaQueries(streams, CbecKafkaWorld.CORE).allowance(buyer, TODAY).usage())
                    .isEqualByComparingTo("26000.00");
        }
    }
}
