package org.importwindow.server.ecommerce.kafka;

import org.importwindow.server.ecommerce.Purchase;
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

    @Test
    void a_list_waits_for_its_documents_is_released_when_they_come_and_a_cancellation_or_a_return_gives_the_allowance_back() {
        try (Pipeline p = new Pipeline("flow", 2)) {
            KafkaStreams streams = p.start(CbecKafkaWorld.CORE);
            String buyer = Purchase.residentId(3);
            Purchase coffee = new Purchase(buyer).coffee("1", "990");
            Purchase watch = new Purchase(buyer).watch("3000");
            String listMessage = p.send(coffee.inventoryXml());
            p.flush();
            Pipeline.await(() -> p.listReceipts(coffee.copNo).size() == 1, Duration.ofSeconds(30), "waiting receipt");
            KafkaReceipt waiting = p.listReceipts(coffee.copNo).get(0);
            assertThat(waiting.returnStatus()).isEqualTo("120");
            assertThat(waiting.returnInfo()).contains("waiting for the order, the payment, the waybill");
            assertThat(waiting.messageGuid()).isEqualTo(listMessage);
            assertThat(waiting.preNo()).hasSize(18);

            p.send(coffee.orderXml());
            p.send(coffee.waybillXml());
            p.send(coffee.paymentXml());
            for (String m : List.of(watch.orderXml(), watch.paymentXml(), watch.waybillXml(), watch.inventoryXml())) {
                p.send(m);
            }
            p.flush();
            Pipeline.await(() -> p.decisions().size() == 2, Duration.ofSeconds(30), "both released");
            KafkaReceipt coffeeReleased = p.listReceipts(coffee.copNo).get(1);
            assertThat(coffeeReleased.returnStatus()).isEqualTo("800");
            assertThat(coffeeReleased.preNo()).isEqualTo(waiting.preNo());
            assertThat(coffeeReleased.messageGuid()).as("decided when its last document came").isNull();
            // its four messages come on four topics: the list may have waited a moment for its documents too
            KafkaReceipt watchReleased = p.decisions().stream().filter(r -> r.copNo().equals(watch.copNo))
                    .findFirst().orElseThrow();
            assertThat(watchReleased.returnStatus()).isEqualTo("800");
            CbecKafkaQueries queries = new CbecKafkaQueries(streams, CbecKafkaWorld.CORE);
            assertThat(queries.allowance(buyer, TODAY).usage()).isEqualByComparingTo("4010.00");

            p.send(coffee.cancellationXml(coffeeReleased.invtNo()));
            p.send(watch.returnXml(watchReleased.invtNo()));
            p.send(new Purchase(buyer).cancellationXml("010120269999999999"));
            p.flush();
            Pipeline.await(() -> p.receipts.stream().filter(r -> r.type().equals("CEB624") || r.type().equals("CEB626"))
                    .count() == 3, Duration.ofSeconds(30), "cancellation and return receipts");
            List<KafkaReceipt> cancels = p.receipts.stream().filter(r -> r.type().equals("CEB624")).toList();
            assertThat(cancels).anySatisfy(r -> {
                assertThat(r.returnStatus()).isEqualTo("399");
                assertThat(r.invtNo()).isEqualTo(coffeeReleased.invtNo());
            });
            assertThat(cancels).anySatisfy(r -> {
                assertThat(r.returnStatus()).isEqualTo("100");
                assertThat(r.returnInfo()).startsWith("-623003");
            });
            assertThat(p.receipts.stream().filter(r -> r.type().equals("CEB626")))
                    .singleElement().satisfies(r -> assertThat(r.returnStatus()).as(r.returnInfo()).isEqualTo("399"));
            assertThat(queries.allowance(buyer, TODAY).usage()).isLessThan(new java.math.BigDecimal("10.00"));
            Pipeline.await(() -> p.taxBills.size() == 4, Duration.ofSeconds(10), "tax bills issued, cancelled, refunded");
            assertThat(p.taxBills).anyMatch(b -> b.contains("\"status\":\"CANCELLED\""))
                    .anyMatch(b -> b.contains("\"status\":\"REFUNDED\""));
    
            // the read side's states: each list waiting, released with its bill and the buyer's usage, then changed
            String key = CbecKafkaWorld.KEYS.of(buyer);
            Pipeline.await(() -> p.views.stream().filter(v -> !v.full()).count() == 2, Duration.ofSeconds(10),
                    "lists' states");
            assertThat(p.views).allSatisfy(v -> assertThat(v.personKey()).isEqualTo(key));
            List<KafkaListView> coffeeStates = p.views.stream().filter(v -> v.copNo().equals(coffee.copNo)).toList();
            assertThat(coffeeStates).extracting(KafkaListView::status).containsExactly("PENDING", "RELEASED",
                    "CANCELLED");
            assertThat(coffeeStates.get(0)).satisfies(v -> {
                assertThat(v.full()).isTrue();
                assertThat(v.messageGuid()).isEqualTo(listMessage);
                assertThat(v.preNo()).isEqualTo(waiting.preNo());
                assertThat(v.personMasked()).isEqualTo(org.importwindow.ecommerce.ResidentIdNumber.mask(buyer));
                assertThat(v.bill()).isNull();
                assertThat(v.usage()).isNull();
            });
            assertThat(coffeeStates.get(1)).satisfies(v -> {
                assertThat(v.full()).isTrue();
                assertThat(v.messageGuid()).as("the message the list came in").isEqualTo(listMessage);
                assertThat(v.invtNo()).isEqualTo(coffeeReleased.invtNo());
                assertThat(v.bill().status()).isEqualTo("ISSUED");
                assertThat(v.bill().bill().taxTotal()).isEqualByComparingTo(v.taxTotal());
                assertThat(v.usage().period()).isEqualTo(Integer.toString(TODAY.getYear()));
            });
            assertThat(coffeeStates.get(2)).satisfies(v -> {
                assertThat(v.full()).isFalse();
                assertThat(v.returnStatus()).isEqualTo("399");
                assertThat(v.bill().status()).isEqualTo("CANCELLED");
            });
            KafkaListView returned = p.views.stream().filter(v -> v.copNo().equals(watch.copNo)).reduce((a, b) -> b)
                    .orElseThrow();
            assertThat(returned.status()).as("a return leaves the list released").isNull();
            assertThat(returned.bill().status()).isEqualTo("REFUNDED");
            // the usage the last state carries is the ledger's
            assertThat(p.views.get(p.views.size() - 1).usage().used())
                    .isEqualByComparingTo(queries.allowance(buyer, TODAY).usage());
        }
    }

    @Test
    void a_copNo_declared_again_for_another_order_and_another_buyer_is_refused_as_a_duplicate() {
        // the two lists live in different order and buyer partitions: only the copNo stage sees both
        try (Pipeline p = new Pipeline("copno", 3)) {
            p.start(CbecKafkaWorld.CORE);
            Purchase first = new Purchase(Purchase.residentId(21)).coffee("1", "300");
            Purchase again = new Purchase(Purchase.residentId(22)).tshirts("2", "80");
            again.copNo = first.copNo;
            for (Purchase x : List.of(first, again)) {
                List.of(x.orderXml(), x.paymentXml(), x.waybillXml()).forEach(p::send);
            }
            p.flush();
            Pipeline.await(() -> p.receipts.size() >= 6, Duration.ofSeconds(30), "documents stored");
            p.send(first.inventoryXml());
            p.flush();
            Pipeline.await(() -> p.decisions().size() == 1, Duration.ofSeconds(30), "first list released");
            p.send(again.inventoryXml());
            p.flush();
            Pipeline.await(() -> p.decisions().size() == 2, Duration.ofSeconds(30), "second list answered");

            assertThat(p.listReceipts(first.copNo)).extracting(KafkaReceipt::returnStatus).containsExactly("800", "100");
            assertThat(p.listReceipts(first.copNo).get(1).returnInfo()).startsWith("-621004")
                    .contains("another order");
            assertThat(p.taxBills).hasSize(1);
            Pipeline.await(() -> p.views.size() >= 1, Duration.ofSeconds(10), "the list's state");
            assertThat(p.views).extracting(KafkaListView::orderNo).containsOnly(first.orderNo);
        }
    }

    @Test
    void a_list_whose_documents_never_come_is_refused_when_its_time_is_up_and_unreadable_messages_are_set_aside() {
        // (and a message under another message's guid is set aside too)
        try (Pipeline p = new Pipeline("timeout", 2)) {
            p.start(CbecKafkaWorld.CORE, p.settings().withPendingTimeout(Duration.ofSeconds(1), Duration.ofMillis(200)),
                    1, e -> org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
                            .StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
            Purchase alone = new Purchase(Purchase.residentId(9)).coffee("1", "100");
            String valid = Purchase.residentId(5);
            String wrongCheckDigit = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
            Purchase badId = new Purchase(wrongCheckDigit).coffee("1", "100");
            p.send(alone.inventoryXml());
            p.send(badId.inventoryXml());
            p.sendRaw(p.topics.inventory(), "x", "not a message".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            p.sendRaw(p.topics.payment(), "y", alone.orderXml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // a payment message under the guid of an order message already received: set aside, not taken as a resend
            Purchase other = new Purchase(Purchase.residentId(11)).coffee("1", "100");
            String order = other.orderXml();
            String taken = order.replaceAll("(?s).*<ceb:CEB311Message guid=\"([^\"]+)\".*", "$1");
            String payment = other.paymentXml();
            String own = payment.replaceAll("(?s).*<ceb:CEB411Message guid=\"([^\"]+)\".*", "$1");
            p.send(order);
            p.flush();
            p.send(payment.replace("CEB411Message guid=\"" + own + "\"", "CEB411Message guid=\"" + taken + "\""));
            p.flush();
            Pipeline.await(() -> p.listReceipts(alone.copNo).size() == 2, Duration.ofSeconds(30), "timeout refusal");
            assertThat(p.listReceipts(alone.copNo)).extracting(KafkaReceipt::returnStatus).containsExactly("120", "100");
            assertThat(p.listReceipts(alone.copNo).get(1).returnInfo()).contains("CBEC-104");
            assertThat(p.listReceipts(badId.copNo)).singleElement().satisfies(r -> {
                assertThat(r.returnStatus()).isEqualTo("100");
                assertThat(r.returnInfo()).contains("CBEC-124").doesNotContain(wrongCheckDigit);
            });
            Pipeline.await(() -> p.views.size() == 3, Duration.ofSeconds(10), "lists' states");
            assertThat(p.views.stream().filter(v -> v.copNo().equals(alone.copNo)))
                    .extracting(KafkaListView::status).containsExactly("PENDING", "REFUSED");
            assertThat(p.views.stream().filter(v -> v.copNo().equals(badId.copNo))).singleElement().satisfies(v -> {
                assertThat(v.status()).isEqualTo("REFUSED");
                assertThat(v.personMasked()).doesNotContain(wrongCheckDigit);
            });
            Pipeline.await(() -> p.rejected.size() == 3, Duration.ofSeconds(10), "three rejections");
            assertThat(p.rejected).anyMatch(r -> r.contains("CEB-001")).anyMatch(r -> r.contains("CEB-003"))
                    .anyMatch(r -> r.contains("CEB-006"));
        }
    }
}
