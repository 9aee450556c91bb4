package org.importwindow.bench.cbec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Realistic cross-border retail purchases, deterministic under the profile's seed.
 *
 * <ul>
 * <li>Goods: products of the {@link Catalogue}, picked by popularity; most baskets hold one product, some two to five;
 * unit prices log-normal around each product's median (shop price points such as 199 or 2,799), quantities as
 * people buy them (six cans of infant formula, one handbag).</li>
 * <li>Buyers: the number of purchases of a buyer follows Zipf's law (probability proportional to k^-alpha, capped),
 * so most buy once and a few buy often enough to reach the annual limit; a buyer's purchases are spread over the
 * run.</li>
 * <li>Money: free shipping or 10-30 yuan plus weight, sometimes a coupon, and the tax the platform collected at
 * checkout (70% of 13% VAT on the goods), so that the order's actual payment is goods + freight + tax - discount.</li>
 * <li>Mistakes, on purpose: a payment amount that differs, a waybill naming another consignee, a haul over the
 * single-transaction limit (see {@link TrafficProfile}).</li>
 * </ul>
 */
public final class CbecTraffic {
    static final BigDecimal SINGLE_LIMIT = new BigDecimal("5000");
    /** Most baskets hold one product. */
    private static final Weighted<String> LINES = Weighted.parse("1:70 2:18 3:8 4:3 5:1");
    /** 70% of the 13% VAT: what platforms collect at checkout for most goods. */
    private static final BigDecimal CHECKOUT_TAX = new BigDecimal("0.091");

    private CbecTraffic() {
    }

    public static List<CbecPurchase> generate(TrafficProfile profile, Catalogue catalogue) {
        SplittableRandom random = new SplittableRandom(profile.seed());
        String tag = tag(profile.seed());
        int[] buyerOf = buyerSlots(profile, random);
        People people = new People();
        List<Buyer> buyers = new ArrayList<>();
        int count = 0;
        for (int b : buyerOf) {
            count = Math.max(count, b + 1);
        }
        for (int i = 0; i < count; i++) {
            buyers.add(people.next(random));
        }
        List<Product> expensive = catalogue.products().stream().filter(p -> p.median() >= 900).toList();
        List<CbecPurchase> purchases = new ArrayList<>(profile.purchases());
        for (int i = 0; i < profile.purchases(); i++) {
            purchases.add(purchase(i, tag, buyers.get(buyerOf[i]), profile, catalogue, expensive, random));
        }
        return purchases;
    }

    /**
     * The buyer of each purchase: buyers 0, 1, 2... each get k purchases with k drawn from the capped Zipf law until
     * there are enough, then the purchases are shuffled.
     */
    static int[] buyerSlots(TrafficProfile profile, SplittableRandom random) {
        int max = profile.maxPerBuyer();
        double[] cumulative = new double[max];
        double sum = 0;
        for (int k = 1; k <= max; k++) {
            sum += Math.pow(k, -profile.zipfAlpha());
            cumulative[k - 1] = sum;
        }
        int[] slots = new int[profile.purchases()];
        int filled = 0;
        int buyer = 0;
        while (filled < slots.length) {
            double x = random.nextDouble() * sum;
            int k = 1;
            while (cumulative[k - 1] <= x) {
                k++;
            }
            for (int j = 0; j < k && filled < slots.length; j++) {
                slots[filled++] = buyer;
            }
            buyer++;
        }
        for (int i = slots.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = slots[i];
            slots[i] = slots[j];
            slots[j] = t;
        }
        return slots;
    }

    private static CbecPurchase purchase(int seq, String tag, Buyer buyer, TrafficProfile profile, Catalogue catalogue,
                                         List<Product> expensive, SplittableRandom random) {
        Set<CbecPurchase.Anomaly> anomalies = EnumSet.noneOf(CbecPurchase.Anomaly.class);
        boolean haul = random.nextDouble() < profile.haulShare();
        List<CbecPurchase.Line> lines = haul ? haul(expensive, random) : basket(catalogue, random);
        if (haul) {
            anomalies.add(CbecPurchase.Anomaly.OVER_SINGLE_LIMIT);
        }
        BigDecimal goods = lines.stream().map(CbecPurchase.Line::totalPrice).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal kg = lines.stream().map(CbecPurchase.Line::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal freight = random.nextDouble() < profile.freeShipping() ? BigDecimal.ZERO
                : BigDecimal.valueOf(10 + random.nextInt(21) + 2L * Math.max(0, kg.intValue() - 3));
        BigDecimal discount = BigDecimal.ZERO;
        if (random.nextDouble() < profile.couponShare()) {
            int[] coupons = {10, 20, 30, 50};
            discount = BigDecimal.valueOf(coupons[random.nextInt(coupons.length)]).min(goods.movePointLeft(1))
                    .setScale(2, RoundingMode.DOWN);
        }
        BigDecimal tax = goods.multiply(CHECKOUT_TAX).setScale(2, RoundingMode.HALF_UP);
        BigDecimal actual = goods.add(freight).add(tax).subtract(discount);
        BigDecimal paid = actual;
        if (random.nextDouble() < profile.paymentMismatch()) {
            anomalies.add(CbecPurchase.Anomaly.PAYMENT_AMOUNT_DIFFERS);
            // a coupon or a freight the payment saw and the order did not, or a few yuan off
            BigDecimal delta = BigDecimal.valueOf(1 + random.nextInt(50));
            paid = random.nextBoolean() || actual.compareTo(delta) <= 0 ? actual.add(delta) : actual.subtract(delta);
        }
        String consignee = random.nextDouble() < profile.relativeShare() ? buyer.relative() : buyer.name();
        String waybillConsignee = consignee;
        if (random.nextDouble() < profile.consigneeMismatch()) {
            anomalies.add(CbecPurchase.Anomaly.CONSIGNEE_DIFFERS);
            waybillConsignee = consignee.equals(buyer.name()) ? buyer.relative() : buyer.name();
            if (waybillConsignee.equals(consignee)) {
                waybillConsignee = consignee + "收";
            }
        }
        String day = profile.date().toString().replace("-", "");
        LocalDateTime at = profile.date().atStartOfDay()
                .plusSeconds((long) seq * 86_000L / Math.max(1, profile.purchases()));
        return new CbecPurchase(seq, tag, buyer,
                "XO" + day + tag + String.format("%08d", seq),
                "PAY" + day + tag + String.format("%010d", seq),
                "SF" + tag + String.format("%011d", seq),
                "C" + tag + String.format("%010d", seq),
                guid(random), guid(random), guid(random), guid(random), at,
                random.nextInt(10) < 7 ? "1210" : "9610", lines, freight, discount, tax, consignee, waybillConsignee,
                paid, anomalies);
    }

    private static List<CbecPurchase.Line> basket(Catalogue catalogue, SplittableRandom random) {
        int n = Integer.parseInt(LINES.pick(random));
        List<CbecPurchase.Line> lines = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        while (lines.size() < n) {
            Product p = catalogue.pick(random);
            if (taken.add(p.id())) {
                lines.add(new CbecPurchase.Line(lines.size() + 1, p, p.origin(random), p.quantity(random),
                        p.price(random)));
            }
            if (taken.size() == catalogue.products().size()) {
                break;
            }
        }
        return lines;
    }

    /** Two to four expensive products, more of the first until the goods exceed the single-transaction limit. */
    private static List<CbecPurchase.Line> haul(List<Product> expensive, SplittableRandom random) {
        int n = Math.min(expensive.size(), 2 + random.nextInt(3));
        List<Product> pool = new ArrayList<>(expensive);
        List<CbecPurchase.Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Product p = pool.remove(random.nextInt(pool.size()));
            lines.add(new CbecPurchase.Line(i + 1, p, p.origin(random), 1, p.price(random)));
        }
        while (lines.stream().map(CbecPurchase.Line::totalPrice).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(SINGLE_LIMIT.add(BigDecimal.valueOf(200))) <= 0) {
            CbecPurchase.Line first = lines.get(0);
            lines.set(0, new CbecPurchase.Line(1, first.product(), first.origin(), first.qty() + 1, first.price()));
        }
        return lines;
    }

    /** A random (version 4) UUID from the generator, upper case as the samples write them. */
    static String guid(SplittableRandom random) {
        long hi = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString().toUpperCase(Locale.ROOT);
    }

    /** Five characters from the seed, in every document number: runs with other seeds never collide. */
    static String tag(long seed) {
        long mixed = new SplittableRandom(seed ^ 0x5DEECE66DL).nextLong();
        String s = Long.toString(Math.floorMod(mixed, 60_466_176L), 36).toUpperCase(Locale.ROOT);
        return "0".repeat(5 - s.length()) + s;
    }
}
