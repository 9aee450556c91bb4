package org.importwindow.server.ecommerce.kafka;

import org.importwindow.server.ecommerce.Purchase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Kafka runtime's throughput, end to end on the in-JVM broker: N purchases (order, payment, waybill, list; buyers
 * drawn with a skew, so some buy often) pushed as fast as the producer goes, timed from the first message sent to the
 * last list's receipt read; with the latency of each list from its sending to its receipt. Off unless asked for:
 * <pre>
 * mvn -o -B -pl server -am test -Dtest=CbecKafkaThroughputTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcbec.kafka.lists=20000 [-Dcbec.kafka.partitions=4 -Dcbec.kafka.threads=2 -Dcbec.kafka.rate=200]
 * </pre>
 * With {@code cbec.kafka.rate} the purchases are sent at that many a second instead of all at once, so the latency
 * is a list's own at that load.
 * Prints one line: {@code cbec-kafka lists=N partitions=P threads=T seconds=S lists/s=R median-ms=M p99-ms=Q}.
 * The broker, the producer and the topology share the machine's cores, so this is a floor for one node.
 */
class CbecKafkaThroughputTest {

    @Test
    void lists_per_second_end_to_end() {
        String asked = System.getProperty("cbec.kafka.lists");
        Assumptions.assumeTrue(asked != null, "set -Dcbec.kafka.lists=N to measure");
        int n = Integer.parseInt(asked);
        int partitions = Integer.getInteger("cbec.kafka.partitions", 4);
        int threads = Integer.getInteger("cbec.kafka.threads", 2);
        double rate = Double.parseDouble(System.getProperty("cbec.kafka.rate", "0"));
        Result r = measure(n, partitions, threads, rate);
        System.out.println(r.line());
        assertThat(r.listsPerSecond()).isPositive();
    }

    /** {@code cpuMsPerList}: CPU time of the whole JVM (broker, producer, topology) per list. */
    record Result(int lists, int partitions, int threads, double seconds, double listsPerSecond, double medianMs,
                  double p99Ms, double cpuMsPerList) {
        String line() {
            return String.format("cbec-kafka lists=%d partitions=%d threads=%d seconds=%.1f lists/s=%.0f median-ms=%.0f"
                    + " p99-ms=%.0f cpu-ms/list=%.2f", lists, partitions, threads, seconds, listsPerSecond, medianMs,
                    p99Ms, cpuMsPerList);
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static Result measure(int n, int partitions, int threads) {
        return measure(n, partitions, threads, 0);
    }

    /** {@code rate}: purchases sent per second (0: as fast as the producer goes). */
    static Result measure(int n, int partitions, int threads, double rate) {
        try (Pipeline p = new Pipeline("bench", partitions)) {
            p.start(CbecKafkaWorld.CORE, p.settings(), threads,
                    e -> StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.SHUTDOWN_CLIENT,
                    Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 200));
            Random random = new Random(42);
            int buyers = Math.max(1, n / 4);
            List<Purchase> purchases = new ArrayList<>(n);
            List<String[]> messages = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // a skewed draw: a few buyers buy often
                int buyer = (int) (Math.pow(random.nextDouble(), 3) * buyers);
                Purchase x = new Purchase(Purchase.residentId(buyer)).coffee("1",
                        Integer.toString(30 + random.nextInt(400)));
                if (random.nextInt(3) == 0) {
                    x.tshirts(Integer.toString(1 + random.nextInt(3)), Integer.toString(40 + random.nextInt(200)));
                }
                purchases.add(x);
                messages.add(new String[]{x.orderXml(), x.paymentXml(), x.waybillXml(), x.inventoryXml()});
            }
            Map<String, Long> sentAt = new HashMap<>();
            long cpu = cpuNanos();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                if (rate > 0) {
                    // paced: purchase i leaves at i / rate seconds, so the latency is a list's own, not a queue's
                    long due = start + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
                for (String m : messages.get(i)) {
                    p.send(m);
                }
                sentAt.put(purchases.get(i).copNo, System.nanoTime());
            }
            p.flush();
            Pipeline.await(() -> p.decidedAt.size() >= n, Duration.ofMinutes(20), n + " decisions");
            double cpuMs = (cpuNanos() - cpu) / 1e6;
            long end = p.decidedAt.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            double[] latencies = sentAt.entrySet().stream()
                    .mapToDouble(e -> (p.decidedAt.get(e.getKey()) - e.getValue()) / 1e6).sorted().toArray();
            double seconds = (end - start) / 1e9;
            return new Result(n, partitions, threads, seconds, n / seconds, latencies[latencies.length / 2],
                    latencies[(int) Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.99) - 1)],
                    cpuMs / n);
        }
    }
}
