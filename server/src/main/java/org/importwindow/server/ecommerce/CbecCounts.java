package org.importwindow.server.ecommerce;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.ecommerce.clearance.ClearanceRule;

/**
 * The officer's figures as the writer counts them while it works: lists received, released, refused and cancelled,
 * and refusals by error code and by check, per calendar day in China. A group's counts are added to
 * {@code cbec_counter} with the group's other rows ({@link CbecStore#addCounts}), or with the RocksDB store merged into
 * its counter keys in the group's batch ({@link RocksWork}), so the officer's page reads a few rows or keys per day
 * instead of every list and receipt ever kept.
 */
public final class CbecCounts {
    public static final String RECEIVED = "RECEIVED";
    public static final String RELEASED = "RELEASED";
    public static final String REFUSED = "REFUSED";
    public static final String CANCELLED = "CANCELLED";
    public static final String REFUSAL_CODE = "REFUSAL_CODE";
    public static final String REFUSAL_CHECK = "REFUSAL_CHECK";

    /** One counter: a day, what is counted, and under which key (an error code or a check; empty for none). */
    public record Key(LocalDate day, String metric, String counted) {
    }

    private final Map<Key, long[]> counts = new LinkedHashMap<>();
    private int decided;
    private int received;

    public void add(LocalDate day, String metric) {
        add(day, metric, "");
        if (metric.equals(RECEIVED)) {
            received++;
        } else if (metric.equals(RELEASED) || metric.equals(REFUSED)) {
            decided++;
        }
    }

    private void add(LocalDate day, String metric, String counted) {
        counts.computeIfAbsent(new Key(day, metric, counted), k -> new long[1])[0]++;
    }

    /**
     * A refusal receipt of an inventory list: counted under the error code that leads its returnInfo (its first seven
     * characters, as {@code -621018}) and under every check (CBEC-1xx) it names.
     */
    public void refusal(LocalDate day, String returnInfo) {
        String info = returnInfo == null ? "" : returnInfo;
        add(day, REFUSAL_CODE, info.substring(0, Math.min(7, info.length())).strip());
        if (info.contains("CBEC-")) {
            for (ClearanceRule rule : ClearanceRule.values()) {
                if (info.contains(rule.code())) {
                    add(day, REFUSAL_CHECK, rule.code());
                }
            }
        }
    }

    /** Counts carried over as they are (from the SQL store into RocksDB). */
    void addCount(Key key, long n) {
        counts.computeIfAbsent(key, k -> new long[1])[0] += n;
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The counts so far, then start again; and the lists decided and received among them (for the meter). */
    public Drained drain() {
        List<Map.Entry<Key, Long>> out = new ArrayList<>(counts.size());
        counts.forEach((k, v) -> out.add(Map.entry(k, v[0])));
        Drained d = new Drained(out, decided, received);
        counts.clear();
        decided = 0;
        received = 0;
        return d;
    }

    public record Drained(List<Map.Entry<Key, Long>> counts, int decided, int received) {
    }

    void clear() {
        counts.clear();
        decided = 0;
        received = 0;
    }
}
