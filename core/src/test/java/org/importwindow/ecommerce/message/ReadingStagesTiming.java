package org.importwindow.ecommerce.message;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Run by hand (not a test): the CPU time of one thread reading the four messages of a purchase in the benchmark's
 * shape ({@link BenchShapedMessages}, 100 purchases a message) with each of the three stages of
 * {@link CebMessages#read}: the fast pass, the single pass (Woodstox with MSV), and the reference (the JDK's validator,
 * then StAX). Thread CPU time rather than wall time, so that other work on a shared machine counts less; prints each
 * round and the medians of the later half.
 *
 * <pre>
 * mvn -q -o -B -pl core test-compile
 * mvn -q -o -B -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp core/target/classes:core/target/test-classes:$(cat /tmp/cp.txt) \
 *     org.importwindow.ecommerce.message.ReadingStagesTiming [rounds]
 * </pre>
 */
public final class ReadingStagesTiming {
    private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

    private ReadingStagesTiming() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        byte[][] purchase = BenchShapedMessages.purchase(100);
        byte[][] sample = {LargeMessages.inventoryMessage(100).getBytes(StandardCharsets.UTF_8)};
        System.out.printf("the benchmark's shape: %d bytes a purchase in 4 messages of 100; the official CEB621 sample"
                + " as 100 lists: %d bytes a list%n", Arrays.stream(purchase).mapToInt(m -> m.length).sum() / 100,
                sample[0].length / 100);
        double[][] results = new double[5][rounds];
        for (int round = 0; round < rounds; round++) {
            results[0][round] = micros(purchase, 0, 2000);
            results[1][round] = micros(purchase, 1, 300);
            results[2][round] = micros(purchase, 2, 100);
            results[3][round] = micros(sample, 0, 2000);
            results[4][round] = micros(sample, 1, 300);
            System.out.printf("round %d: a purchase (µs of CPU): fast pass %.2f, single pass %.2f, reference %.2f;"
                    + " a list of the official sample: fast pass %.2f, single pass %.2f%n", round + 1,
                    results[0][round], results[1][round], results[2][round], results[3][round], results[4][round]);
        }
        System.out.printf("MEDIANS of rounds %d-%d: a purchase: fast pass %.2f µs, single pass %.2f µs, reference %.2f µs;"
                + " a list of the official sample: fast pass %.2f µs, single pass %.2f µs%n", rounds / 2 + 1, rounds,
                median(results[0]), median(results[1]), median(results[2]), median(results[3]), median(results[4]));
    }

    /** µs of this thread's CPU per document (purchase or list) for {@code stage}, over {@code n} passes. */
    private static double micros(byte[][] messages, int stage, int n) {
        long start = THREAD.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            for (byte[] m : messages) {
                switch (stage) {
                    case 0 -> CebFastPass.read(m).orElseThrow();
                    case 1 -> CebSinglePass.read(m).orElseThrow();
                    default -> CebReader.read(m, CebValidator.validate(m, true).type().orElseThrow());
                }
            }
        }
        return (THREAD.getCurrentThreadCpuTime() - start) / 1e3 / n / 100;
    }

    private static double median(double[] rounds) {
        double[] later = Arrays.copyOfRange(rounds, rounds.length / 2, rounds.length);
        Arrays.sort(later);
        return later[later.length / 2];
    }
}
