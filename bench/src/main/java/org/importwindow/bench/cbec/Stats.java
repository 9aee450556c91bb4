package org.importwindow.bench.cbec;

import java.util.Arrays;

/** Percentiles of recorded durations and medians of runs. */
final class Stats {
    private Stats() {
    }

    /** The p-th percentile (0-100, nearest rank) of {@code nanos}, which is sorted in place, in milliseconds. */
    static double percentileMs(long[] nanos, int count, double p) {
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(nanos, 0, count);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return nanos[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
