package org.importwindow.bench.store;

import java.util.SplittableRandom;

/**
 * Makes the rows: keys of 20 characters, two letters and 18 digits, as order numbers look; in the sequential case
 * the digits count up, otherwise they are random (duplicates among a few million of 10^18 are practically
 * impossible). Deterministic for a seed.
 */
final class RowSource {
    private static final long KEY_SPACE = 1_000_000_000_000_000_000L;

    private final boolean sequential;
    private final SplittableRandom random;
    private long next;

    RowSource(boolean sequential, long seed) {
        this.sequential = sequential;
        this.random = new SplittableRandom(seed);
    }

    Batch next(int size) {
        String[] ids = new String[size];
        String[] k1 = new String[size];
        String[] k2 = new String[size];
        String[] k3 = new String[size];
        long[] cents = new long[size];
        for (int i = 0; i < size; i++) {
            ids[i] = key("CB", sequential ? next++ : random.nextLong(KEY_SPACE));
            k1[i] = key("PY", random.nextLong(KEY_SPACE));
            k2[i] = key("WB", random.nextLong(KEY_SPACE));
            k3[i] = key("ID", random.nextLong(KEY_SPACE));
            cents[i] = 100 + random.nextLong(500_000);
        }
        return new Batch(ids, k1, k2, k3, cents);
    }

    static String key(String prefix, long digits) {
        char[] c = new char[20];
        c[0] = prefix.charAt(0);
        c[1] = prefix.charAt(1);
        for (int i = 19; i >= 2; i--) {
            c[i] = (char) ('0' + digits % 10);
            digits /= 10;
        }
        return new String(c);
    }
}
