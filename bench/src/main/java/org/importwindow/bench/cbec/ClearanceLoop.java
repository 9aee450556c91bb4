package org.importwindow.bench.cbec;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.CbecRejection;
import org.importwindow.ecommerce.clearance.ClearanceDecision;
import org.importwindow.ecommerce.clearance.Finding;
import org.importwindow.ecommerce.clearance.InventoryClearance;
import org.importwindow.ecommerce.message.CebMessages;

/**
 * The core alone, on one thread: how many inventory lists {@link InventoryClearance#decide} clears per second with an
 * {@code InMemoryLedger} (every check, three-document matching, the tax of each line through the tariff engine, the
 * allowance debit), and what reading a message costs ({@link CebMessages#read}: schema validation and parsing into
 * records) per list and for the other three documents of a purchase. Passes over the same generated day, each with
 * a fresh ledger, after warm-up passes; prints each pass and the medians.
 *
 * <p>Arguments ({@code key=value}): the {@link TrafficProfile} keys (default 20,000 purchases, seed 1, date today),
 * {@code warmup} and {@code passes} (default 5 and 5), {@code parsePasses} (default 3 after 2 warm-up), {@code exclude}
 * (tariff lines whose products are left out, comma-separated).
 */
public final class ClearanceLoop {
    public static void main(String[] args) {
        TrafficProfile profile = TrafficProfile.parse(args, LocalDate.now());
        Map<String, String> opts = TrafficProfile.options(args);
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "5"));
        int passes = Integer.parseInt(opts.getOrDefault("passes", "5"));
        int parsePasses = Integer.parseInt(opts.getOrDefault("parsePasses", "3"));

        long t0 = System.nanoTime();
        Catalogue catalogue = Catalogue.bundled(profile.date()).without(opts.get("exclude"));
        List<CbecPurchase> purchases = CbecTraffic.generate(profile, catalogue);
        List<CebBatches.Batch> batches = CebBatches.of(purchases, profile);
        long bytes = batches.stream().mapToLong(b -> b.message(CebXml.Kind.LISTS).length).sum();
        System.out.printf("generated %,d purchases in %,d batches in %.1f s; lists message %.0f KB on average%n",
                purchases.size(), batches.size(), (System.nanoTime() - t0) / 1e9, bytes / 1024.0 / batches.size());
        System.out.println(TrafficSummary.of(purchases));

        if (parsePasses > 0) {
            read(batches, 2, parsePasses, profile.batch());
        }

        ClearanceWorld world = ClearanceWorld.bundled();
        List<Documents> docs = Documents.read(batches);
        Map<String, Integer> outcomes = decide(world, docs, profile.date(), warmup, passes);
        System.out.println("outcomes of one pass (800 released; 100 refused by rule or error code):");
        outcomes.forEach((k, v) -> System.out.printf("  %-40s %,7d  %5.2f%%%n", k, v, 100.0 * v / docs.size()));
        System.out.println("profile: " + profile);
    }

    /** Read (validate + parse) the lists messages, and the three other messages of the same purchases. */
    static void read(List<CebBatches.Batch> batches, int warmup, int passes, int batch) {
        double[] listRates = new double[passes];
        double[] otherRates = new double[passes];
        long[] nanos = new long[batches.size()];
        double[] medians = new double[passes];
        double[] p99s = new double[passes];
        for (int pass = -warmup; pass < passes; pass++) {
            long start = System.nanoTime();
            int lists = 0;
            for (int i = 0; i < batches.size(); i++) {
                CebBatches.Batch b = batches.get(i);
                long s = System.nanoTime();
                CebMessages.read(b.message(CebXml.Kind.LISTS));
                nanos[i] = System.nanoTime() - s;
                lists += b.size();
            }
            double listSeconds = (System.nanoTime() - start) / 1e9;
            long others = System.nanoTime();
            for (CebBatches.Batch b : batches) {
                CebMessages.read(b.message(CebXml.Kind.ORDERS));
                CebMessages.read(b.message(CebXml.Kind.PAYMENTS));
                CebMessages.read(b.message(CebXml.Kind.WAYBILLS));
            }
            double otherSeconds = (System.nanoTime() - others) / 1e9;
            if (pass >= 0) {
                listRates[pass] = lists / listSeconds;
                otherRates[pass] = lists / otherSeconds;
                medians[pass] = Stats.percentileMs(nanos, batches.size(), 50);
                p99s[pass] = Stats.percentileMs(nanos, batches.size(), 99);
                System.out.printf("read pass %d: %,.0f lists/s (CEB621 of %d lists: median %.2f ms, p99 %.2f ms); "
                        + "order+payment+waybill of %,.0f purchases/s%n", pass + 1, listRates[pass], batch,
                        medians[pass], p99s[pass], otherRates[pass]);
            }
        }
        System.out.printf("READ median of %d passes: CebMessages.read of CEB621: %,.0f lists/s on one thread, one "
                + "%d-list message median %.2f ms, p99 %.2f ms; the order, payment and waybill messages of a purchase: "
                + "%,.0f purchases/s%n", passes, Stats.median(listRates), batch, Stats.median(medians),
                Stats.median(p99s), Stats.median(otherRates));
    }

    static Map<String, Integer> decide(ClearanceWorld world, List<Documents> docs, LocalDate date, int warmup,
                                       int passes) {
        InventoryClearance clearance = world.clearance();
        long[] nanos = new long[docs.size()];
        double[] rates = new double[passes];
        double[] medians = new double[passes];
        double[] p99s = new double[passes];
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int pass = -warmup; pass < passes; pass++) {
            Ledger ledger = world.newLedger();
            int released = 0;
            outcomes.clear();
            long start = System.nanoTime();
            for (int i = 0; i < docs.size(); i++) {
                long s = System.nanoTime();
                ClearanceDecision d = docs.get(i).decide(clearance, date, ledger);
                nanos[i] = System.nanoTime() - s;
                if (d instanceof ClearanceDecision.Released) {
                    released++;
                }
                outcomes.merge(outcome(d), 1, Integer::sum);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (pass >= 0) {
                rates[pass] = docs.size() / seconds;
                medians[pass] = Stats.percentileMs(nanos, docs.size(), 50);
                p99s[pass] = Stats.percentileMs(nanos, docs.size(), 99);
                System.out.printf("decide pass %d: %,.0f lists/s (%,d released of %,d); one list median %.4f ms, "
                        + "p99 %.4f ms%n", pass + 1, rates[pass], released, docs.size(), medians[pass], p99s[pass]);
            }
        }
        System.out.printf("DECIDE median of %d passes: InventoryClearance.decide with an InMemoryLedger: %,.0f lists/s "
                + "on one thread; one list median %.4f ms, p99 %.4f ms%n", passes, Stats.median(rates),
                Stats.median(medians), Stats.median(p99s));
        return outcomes;
    }

    /** "800", or "100" with the rules (CBEC-1xx) or the spec's error codes that refused it. */
    static String outcome(ClearanceDecision d) {
        if (d instanceof ClearanceDecision.Refused r) {
            StringBuilder s = new StringBuilder("100");
            for (Finding f : r.findings()) {
                s.append(' ').append(f.code());
            }
            for (CbecRejection x : r.rejections()) {
                s.append(' ').append(x.code());
            }
            return s.toString();
        }
        return d.returnStatus();
    }
}
