package org.importwindow.bench.cbec;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** A discrete distribution over a few values, sampled by binary search over cumulative weights. */
final class Weighted<T> {
    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    static <T> Weighted<T> of(List<T> values, List<Double> weights) {
        if (values.isEmpty() || values.size() != weights.size()) {
            throw new IllegalArgumentException("one weight per value, at least one value");
        }
        double[] c = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            if (!(weights.get(i) > 0)) {
                throw new IllegalArgumentException("weights must be positive: " + weights);
            }
            sum += weights.get(i);
            c[i] = sum;
        }
        return new Weighted<>(List.copyOf(values), c);
    }

    /** {@code "305:6 307:2"}: values and weights, separated by spaces. */
    static Weighted<String> parse(String text) {
        List<String> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String pair : text.trim().split("\\s+")) {
            int colon = pair.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("value:weight expected, not " + pair);
            }
            values.add(pair.substring(0, colon));
            weights.add(Double.parseDouble(pair.substring(colon + 1)));
        }
        return of(values, weights);
    }

    T pick(RandomGenerator random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values.get(lo);
    }

    List<T> values() {
        return values;
    }
}
