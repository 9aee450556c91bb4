package org.importwindow.server.ecommerce.kafka;

import org.importwindow.server.ecommerce.Purchase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once across failures: an instance that dies in the middle of its work (after some debits of a transaction
 * that never commits), then one stopped cleanly while messages keep coming, each replaced by a new instance on another
 * state directory (its stores rebuilt from their changelogs). Buyers buy more than the annual limit allows, so a list
 * counted twice would show as a buyer refused too early, or a second receipt.
 */
class CbecKafkaRestartTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    /** What dies with the machine: a fault deep in processing, not an exception the topology handles. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash");
        }
    }

    @Test
    void a_crash_and_a_restart_in_the_middle_lose_nothing_and_count_nothing_twice() throws Exception {
        try (Pipeline p = new Pipeline("restart", 3)) {
            // the 200th time a buyer's key is taken (the join stage's routing, the ledger's debit, the release), it dies
            AtomicInteger calls = new AtomicInteger();
            Function<String, String> dying = id -> {
                if (calls.incrementAndGet() == 200) {
                    throw new Crash();
                }
                return CbecKafkaWorld.CORE.personKey().apply(id);
            };
            CbecCore fragile = new CbecCore(CbecKafkaWorld.CORE.clearance(), CbecKafkaWorld.CORE.returns(),
                    CbecKafkaWorld.CORE.parameters(), dying);
            // commits a second apart, outputs sent at once: a crash leaves a second of work published but not committed
            Map<String, Object> slowCommits = Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 1000,
                    StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 0);
            KafkaStreams first = p.start(fragile, p.settings(), 2,
                    e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT, slowCommits);

            // 30 buyers, 10 purchases of 3,000.00 each: 8 fit in the 26,000 of the year, 2 are refused
            List<String> buyers = new ArrayList<>();
            List<Purchase> purchases = new ArrayList<>();
            for (int b = 0; b < 30; b++) {
                buyers.add(Purchase.residentId(500 + b));
            }
            for (int i = 0; i < 10; i++) {
                for (String buyer : buyers) {
                    purchases.add(new Purchase(buyer).coffee("1", "2990"));
                }
            }
            AtomicInteger sent = new AtomicInteger();
            CountDownLatch secondRunning = new CountDownLatch(1);
            Thread producer = new Thread(() -> {
                for (Purchase x : purchases) {
                    if (sent.get() == 150) {
                        // half of the traffic waits for the second instance, so that it is stopped mid-flow
                        await(secondRunning);
                    }
                    p.send(x.orderXml());
                    p.send(x.paymentXml());
                    p.send(x.waybillXml());
                    p.send(x.inventoryXml());
                    sent.incrementAndGet();
                    pause(20);
                }
                p.flush();
            }, "restart-producer");
            producer.start();

            Pipeline.await(() -> first.state() == KafkaStreams.State.ERROR
                    || first.state() == KafkaStreams.State.NOT_RUNNING, Duration.ofSeconds(60), "the crash");
            assertThat(calls.get()).isGreaterThanOrEqualTo(200);

            KafkaStreams second = p.start(CbecKafkaWorld.CORE, p.settings(), 2,
                    e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT, slowCommits);
            secondRunning.countDown();
            Pipeline.await(() -> sent.get() >= 250, Duration.ofSeconds(60), "traffic to the second instance");
            assertThat(producer.isAlive()).as("messages still coming while the second instance stops").isTrue();
            second.close(Duration.ofSeconds(20));

            KafkaStreams third = p.start(CbecKafkaWorld.CORE);
            producer.join();
            Pipeline.await(() -> p.decisions().size() >= purchases.size(), Duration.ofSeconds(90), "all decisions");
            Thread.sleep(500);

            Map<String, List<KafkaReceipt>> perList = p.decisions().stream()
                    .collect(Collectors.groupingBy(KafkaReceipt::copNo));
            assertThat(perList).hasSize(purchases.size());
            assertThat(perList.values()).allMatch(l -> l.size() == 1);
            for (String buyer : buyers) {
                List<KafkaReceipt> mine = purchases.stream().filter(x -> x.buyerId.equals(buyer))
                        .map(x -> perList.get(x.copNo).get(0)).toList();
                assertThat(mine.stream().filter(r -> "800".equals(r.returnStatus()))).hasSize(8);
                assertThat(mine.stream().filter(r -> "100".equals(r.returnStatus())))
                        .hasSize(2).allMatch(r -> r.returnInfo().startsWith("-621018"));
                assertThat(new CbecKafkaQueries(third, CbecKafkaWorld.CORE).allowance(buyer, TODAY).usage())
                        .isEqualByComparingTo("24000.00");
            }
            assertThat(p.taxBills).hasSize(240);
            assertThat(p.receipts.stream().filter(r -> "CEB312".equals(r.type()))).hasSize(purchases.size());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
