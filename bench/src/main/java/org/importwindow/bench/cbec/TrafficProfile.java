package org.importwindow.bench.cbec;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What traffic to make. Everything random comes from {@code seed}: the same profile makes the same messages.
 *
 * @param purchases          how many purchases (one inventory list each)
 * @param date               the day they are made (the server decides by its own clock)
 * @param zipfAlpha          purchases per buyer: k with probability proportional to k^-alpha (2 is Zipf's law with
 *                           exponent 1 in rank-frequency form: most buyers buy once, a few buy dozens of times)
 * @param maxPerBuyer        the most purchases one buyer makes in one run
 * @param paymentMismatch    share of payments whose amount differs from the order's actual payment
 * @param consigneeMismatch  share of waybills naming another consignee than the order
 * @param haulShare          share of purchases that are hauls of several items over the single-transaction limit
 * @param relativeShare      share of orders sent to a relative of the buyer (consistent on every document)
 * @param freeShipping       share of orders without freight
 * @param couponShare        share of orders with a discount
 * @param batch              documents per message (the schema allows up to 100)
 */
public record TrafficProfile(long seed, int purchases, LocalDate date, double zipfAlpha, int maxPerBuyer,
                             double paymentMismatch, double consigneeMismatch, double haulShare, double relativeShare,
                             double freeShipping, double couponShare, int batch) {

    public TrafficProfile {
        if (purchases < 1 || batch < 1 || batch > 100 || maxPerBuyer < 1 || zipfAlpha <= 1) {
            throw new IllegalArgumentException("purchases >= 1, 1 <= batch <= 100, maxPerBuyer >= 1, zipfAlpha > 1");
        }
    }

    public static TrafficProfile defaults(long seed, int purchases, LocalDate date) {
        return new TrafficProfile(seed, purchases, date, 2.0, 60, 0.02, 0.01, 0.005, 0.1, 0.6, 0.15, 100);
    }

    public TrafficProfile withSeed(long s) {
        return new TrafficProfile(s, purchases, date, zipfAlpha, maxPerBuyer, paymentMismatch, consigneeMismatch,
                haulShare, relativeShare, freeShipping, couponShare, batch);
    }

    public TrafficProfile withPurchases(int n) {
        return new TrafficProfile(seed, n, date, zipfAlpha, maxPerBuyer, paymentMismatch, consigneeMismatch,
                haulShare, relativeShare, freeShipping, couponShare, batch);
    }

    /** The defaults changed by {@code key=value} arguments named as the components; other arguments are ignored. */
    public static TrafficProfile parse(String[] args, LocalDate today) {
        Map<String, String> a = options(args);
        TrafficProfile d = defaults(Long.parseLong(a.getOrDefault("seed", "1")),
                Integer.parseInt(a.getOrDefault("purchases", "20000")),
                a.containsKey("date") ? LocalDate.parse(a.get("date")) : today);
        return new TrafficProfile(d.seed, d.purchases, d.date,
                dbl(a, "zipfAlpha", d.zipfAlpha), (int) dbl(a, "maxPerBuyer", d.maxPerBuyer),
                dbl(a, "paymentMismatch", d.paymentMismatch), dbl(a, "consigneeMismatch", d.consigneeMismatch),
                dbl(a, "haulShare", d.haulShare), dbl(a, "relativeShare", d.relativeShare),
                dbl(a, "freeShipping", d.freeShipping), dbl(a, "couponShare", d.couponShare),
                (int) dbl(a, "batch", d.batch));
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> a = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                a.put(arg.substring(0, eq).replaceFirst("^--", ""), arg.substring(eq + 1));
            }
        }
        return a;
    }

    private static double dbl(Map<String, String> a, String key, double fallback) {
        return a.containsKey(key) ? Double.parseDouble(a.get(key)) : fallback;
    }
}
