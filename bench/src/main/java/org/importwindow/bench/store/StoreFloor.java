package org.importwindow.bench.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The storage floor: rows (documents) per second that H2, PostgreSQL and RocksDB store durably in batches of 2,000
 * from one writer, and the CPU each row costs, for four shapes of insert ({@link FloorCase}: a sequential key without
 * index, a random key, a random key with 1 and with 3 secondary indexes on random values). Each case starts from an
 * empty store, is pre-filled (not measured; default 1,000,000 rows, so that indexes are larger than the caches of a
 * small store) and then measured over {@code rows} more rows in {@code segments} segments; the figures are the
 * median segment's (by rows per second). Prints one {@code RESULT} line per case and, per store, what that floor
 * allows for a purchase of N rows and E index entries ({@link PurchaseFloor}).
 *
 * <p>Arguments ({@code key=value}): {@code stores} (default h2,rocksdb, plus postgresql when {@code pgUrl} is given),
 * {@code cases} (a,b,c,d), {@code prefill} (1000000), {@code rows} (1000000), {@code segments} (3), {@code batch}
 * (2000), {@code seed} (1), {@code dir} (folder for the H2 and RocksDB files, default a new temporary one; each case's
 * files are deleted after it), {@code pgUrl}, {@code pgUser} (postgres), {@code pgPassword} (empty),
 * {@code purchases} (rows/entries per purchase, default {@code 11/35,6/14}), {@code aim} (20000),
 * {@code maxOthers} (0.15) and {@code retries} (default: as many as segments): a segment during which other
 * processes on the machine took more than {@code maxOthers} cores (from /proc/stat) is marked and repeated with
 * further rows, at most {@code retries} times per case; the figures then come from the undisturbed segments.
 */
public final class StoreFloor {
    private StoreFloor() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String pgUrl = o.get("pgUrl");
        List<String> stores = List.of(o.getOrDefault("stores", pgUrl == null ? "h2,rocksdb" : "h2,postgresql,rocksdb")
                .split(","));
        List<FloorCase> cases = Arrays.stream(o.getOrDefault("cases", "a,b,c,d").split(",")).map(FloorCase::of).toList();
        long prefill = Long.parseLong(o.getOrDefault("prefill", "1000000"));
        long rows = Long.parseLong(o.getOrDefault("rows", "1000000"));
        int segments = Integer.parseInt(o.getOrDefault("segments", "3"));
        int batch = Integer.parseInt(o.getOrDefault("batch", "2000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "1"));
        double maxOthers = Double.parseDouble(o.getOrDefault("maxOthers", "0.15"));
        int retries = Integer.parseInt(o.getOrDefault("retries", o.getOrDefault("segments", "3")));
        Path dir = o.containsKey("dir") ? Path.of(o.get("dir")) : Files.createTempDirectory("store-floor");
        System.out.printf(Locale.ROOT, "store floor: prefill %,d rows, then %,d rows measured in %d segments, batches "
                + "of %,d, one writer; %d cores%n", prefill, rows, segments, batch,
                Runtime.getRuntime().availableProcessors());

        Map<String, Map<FloorCase, Segment>> results = new LinkedHashMap<>();
        for (String store : stores) {
            Map<FloorCase, Segment> byCase = new EnumMap<>(FloorCase.class);
            results.put(store, byCase);
            for (FloorCase c : cases) {
                try (FloorStore s = open(store, c, dir, o)) {
                    System.out.printf("== %s, case %s (%s): %s%n", store, c.letter, c.label, s.durability());
                    byCase.put(c, run(store, c, s, new RowSource(c.sequential, seed + c.ordinal()), prefill, rows,
                            segments, batch, maxOthers, retries));
                }
            }
        }
        table(results, cases);
        for (Map.Entry<String, Map<FloorCase, Segment>> e : results.entrySet()) {
            interpret(e.getKey(), e.getValue(), o.getOrDefault("purchases", "11/35,6/14"),
                    Integer.parseInt(o.getOrDefault("aim", "20000")));
        }
        if (!o.containsKey("dir")) {
            Files.deleteIfExists(dir);
        }
    }

    private static FloorStore open(String store, FloorCase c, Path dir, Map<String, String> o) throws Exception {
        return switch (store) {
            case "h2" -> JdbcStore.h2(dir.resolve("h2-" + c.letter), c);
            case "postgresql" -> JdbcStore.postgres(require(o, "pgUrl"), o.getOrDefault("pgUser", "postgres"),
                    o.getOrDefault("pgPassword", ""), c);
            case "rocksdb" -> new RocksStore(dir.resolve("rocksdb-" + c.letter), c);
            default -> throw new IllegalArgumentException("unknown store " + store + ": h2, postgresql or rocksdb");
        };
    }

    private static Segment run(String store, FloorCase c, FloorStore s, RowSource source, long prefill, long rows,
                               int segments, int batch, double maxOthers, int retries) throws Exception {
        Segment fill = Segment.measure(prefill, s, () -> {
            for (long done = 0; done < prefill; done += batch) {
                s.write(source.next((int) Math.min(batch, prefill - done)));
            }
        });
        if (prefill > 0) {
            System.out.printf(Locale.ROOT, "  pre-fill (not counted): %s%n", describe(fill));
        }
        // A segment during which other processes took more than maxOthers cores is repeated with further rows (at
        // most `retries` times in all); the median is taken over the undisturbed segments when there are enough.
        List<Segment> measured = new ArrayList<>();
        List<Segment> calm = new ArrayList<>();
        long batches = (rows + batch - 1) / batch;
        long written = 0;
        int extra = 0;
        for (int g = 0; g < segments || (calm.size() < segments && extra < retries); g++) {
            long n = g < segments ? Math.min(rows - written, ((batches * (g + 1)) / segments) * batch - written)
                    : measured.get(0).rows();
            extra += g < segments ? 0 : 1;
            List<Batch> work = new ArrayList<>();
            for (long done = 0; done < n; done += batch) {
                work.add(source.next((int) Math.min(batch, n - done)));   // made before the clock starts
            }
            Segment seg = Segment.measure(n, s, () -> {
                for (Batch b : work) {
                    s.write(b);
                }
            });
            written += n;
            boolean disturbed = seg.othersCores() > maxOthers;
            System.out.printf(Locale.ROOT, "  segment %d%s: %s%s%n", g + 1, g < segments ? "" : " (repeat)",
                    describe(seg), disturbed ? "  DISTURBED (other processes over " + maxOthers + " cores; busiest: "
                            + seg.busiestOthers() + ")" : "");
            measured.add(seg);
            if (!disturbed) {
                calm.add(seg);
            }
        }
        List<Segment> counted = calm.size() >= segments ? calm : measured;
        long count = s.count();
        long expected = prefill + written;
        System.out.printf(Locale.ROOT, "  rows in the store: %,d%s%n", count,
                count == expected ? " (all written)" : " MISMATCH: expected " + expected);
        Segment median = counted.stream().sorted(Comparator.comparingDouble(Segment::rowsPerSecond))
                .toList().get(counted.size() / 2);
        System.out.printf(Locale.ROOT, "RESULT store=%s case=%s rows_per_s=%.0f cpu_us_per_row=%.1f cores=%.2f "
                        + "jvm_cores=%.2f db_cores=%.2f others_cores=%.2f iowait_cores=%.2f prefill=%d rows=%d "
                        + "segments=%d batch=%d rows_per_s_min=%.0f rows_per_s_max=%.0f%s%n", store, c.label,
                median.rowsPerSecond(), median.cpuMicrosPerRow(), median.cores(), median.jvmCpu() / median.seconds(),
                median.dbCpu() / median.seconds(), median.othersCores(), median.ioWaitCores(), prefill, written,
                counted.size(), batch,
                counted.stream().mapToDouble(Segment::rowsPerSecond).min().orElse(Double.NaN),
                counted.stream().mapToDouble(Segment::rowsPerSecond).max().orElse(Double.NaN),
                counted == calm ? "" : " DISTURBED");
        return median;
    }

    private static String describe(Segment s) {
        return String.format(Locale.ROOT, "%,d rows in %.1f s: %,.0f rows/s; CPU %.1f µs per row, %.2f cores "
                        + "(JVM %.2f, database processes %.2f); other processes %.2f cores, I/O wait %.2f cores",
                s.rows(), s.seconds(), s.rowsPerSecond(), s.cpuMicrosPerRow(), s.cores(), s.jvmCpu() / s.seconds(),
                s.dbCpu() / s.seconds(), s.othersCores(), s.ioWaitCores());
    }

    private static void table(Map<String, Map<FloorCase, Segment>> results, List<FloorCase> cases) {
        System.out.println();
        System.out.println("rows (documents) per second stored durably, median segment; CPU µs per row in brackets");
        StringBuilder head = new StringBuilder(String.format("%-11s", "store"));
        cases.forEach(c -> head.append(String.format(" | %-26s", c.letter + ") " + c.label)));
        System.out.println(head);
        results.forEach((store, byCase) -> {
            StringBuilder line = new StringBuilder(String.format("%-11s", store));
            cases.forEach(c -> line.append(String.format(Locale.ROOT, " | %-26s",
                    String.format(Locale.ROOT, "%,9.0f (%.1f)", byCase.get(c).rowsPerSecond(),
                            byCase.get(c).cpuMicrosPerRow()))));
            System.out.println(line);
        });
        System.out.println();
    }

    private static void interpret(String store, Map<FloorCase, Segment> r, String purchases, int aim) {
        Segment b = r.get(FloorCase.RANDOM_PK);
        Segment indexed = r.getOrDefault(FloorCase.RANDOM_PK_3_INDEXES, r.get(FloorCase.RANDOM_PK_1_INDEX));
        if (b == null || indexed == null) {
            System.out.printf("%s: cases b and c or d are needed to interpret the floor%n", store);
            return;
        }
        int indexes = r.containsKey(FloorCase.RANDOM_PK_3_INDEXES) ? 3 : 1;
        PurchaseFloor f = PurchaseFloor.of(b, indexed, indexes);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "%s: a row with a random key costs %.1f µs of the writer's time and %.1f µs of "
                        + "CPU (case b); each secondary index entry adds %.1f µs and %.1f µs of CPU (%s); a purchase's "
                        + "index entries include each row's primary key%n",
                store, f.rowMicros(), f.rowCpuMicros(), f.entryMicros(), f.entryCpuMicros(),
                indexes == 3 ? "(case d - case b) / 3" : "case c - case b");
        for (String p : purchases.split(",")) {
            String[] re = p.split("/");
            int rows = Integer.parseInt(re[0].strip());
            int entries = Integer.parseInt(re[1].strip());
            double one = f.purchasesPerSecond(rows, entries);
            double all = f.purchasesPerSecondOnCores(rows, entries, cores);
            Segment a = r.get(FloorCase.SEQUENTIAL);
            System.out.printf(Locale.ROOT, "INTERPRET store=%s purchase_rows=%d purchase_index_entries=%d "
                            + "purchases_per_s_one_writer=%.0f cpu_us_per_purchase=%.0f purchases_per_s_all_%d_cores=%.0f "
                            + "aim=%d aim_ratio_one_writer=%.3f%s%n", store, rows, entries, one,
                    f.cpuMicrosPerPurchase(rows, entries), cores, all, aim, one / aim,
                    a == null ? "" : String.format(Locale.ROOT, " best_case_sequential_no_index_per_s=%.0f",
                            a.rowsPerSecond() / rows));
        }
    }

    private static String require(Map<String, String> o, String key) {
        String v = o.get(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(key + "= is needed");
        }
        return v;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("arguments are key=value: " + arg);
            }
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return a;
    }
}
