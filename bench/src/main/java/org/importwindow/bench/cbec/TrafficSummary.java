package org.importwindow.bench.cbec;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a generated run looks like: buyers and their repeat purchases, basket values, lines, planned mistakes. */
public final class TrafficSummary {
    private TrafficSummary() {
    }

    public static String of(List<CbecPurchase> purchases) {
        Map<String, Integer> perBuyer = new HashMap<>();
        Map<CbecPurchase.Anomaly, Integer> anomalies = new EnumMap<>(CbecPurchase.Anomaly.class);
        double[] values = new double[purchases.size()];
        int lines = 0;
        int items = 0;
        for (int i = 0; i < purchases.size(); i++) {
            CbecPurchase p = purchases.get(i);
            perBuyer.merge(p.buyer().idNumber(), 1, Integer::sum);
            p.anomalies().forEach(a -> anomalies.merge(a, 1, Integer::sum));
            values[i] = p.goodsValue().doubleValue();
            lines += p.lines().size();
            items += p.items();
        }
        Arrays.sort(values);
        int[] counts = perBuyer.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        long once = Arrays.stream(counts).filter(c -> c == 1).count();
        long tenOrMore = Arrays.stream(counts).filter(c -> c >= 10).count();
        long purchasesOfTenOrMore = Arrays.stream(counts).filter(c -> c >= 10).sum();
        double mean = Arrays.stream(values).average().orElse(0);
        long overSingle = Arrays.stream(values).filter(v -> v > 5000).count();
        return String.format("%,d purchases by %,d buyers (%.0f%% bought once; %,d bought 10 times or more, making "
                        + "%.1f%% of the purchases; most by one buyer: %d); goods value median %.0f, mean %.0f, p99 "
                        + "%.0f yuan, %.2f%% over 5,000; %.2f lines and %.2f items per list; planned mistakes: %s",
                purchases.size(), counts.length, 100.0 * once / counts.length, tenOrMore,
                100.0 * purchasesOfTenOrMore / purchases.size(), counts[counts.length - 1],
                values[values.length / 2], mean, values[(int) (values.length * 0.99)],
                100.0 * overSingle / purchases.size(), (double) lines / purchases.size(),
                (double) items / purchases.size(), anomalies);
    }
}
