package org.importwindow.bench.cbec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.random.RandomGenerator;

/**
 * A product sold to consumers, on one line of the positive list: how it is declared (customs units, legal quantity
 * per declared unit, weight), where it comes from, what it costs and how many are bought at once.
 *
 * @param unit        customs code of the declared unit (e.g. 142 bottle)
 * @param unit1       customs code of the legal unit (e.g. 095 litre)
 * @param qty1        legal quantity per declared unit
 * @param kg          gross weight per declared unit
 * @param origins     customs country codes, weighted
 * @param median      median unit price in yuan
 * @param sigma       spread of the natural logarithm of the unit price
 * @param quantities  quantities bought at once, weighted
 * @param weight      relative popularity
 */
public record Product(String id, String hs8, String nameZh, String gmodel, String unit, String unit1, BigDecimal qty1,
                      BigDecimal kg, Weighted<String> origins, double median, double sigma, double min, double max,
                      Weighted<String> quantities, double weight) {

    /** The 10-digit code of the messages: the tariff line and two zeros. */
    public String gcode() {
        return hs8 + "00";
    }

    /** A unit price drawn from the log-normal spread, cut to the range and set to a shop's price point. */
    BigDecimal price(RandomGenerator random) {
        double p = Math.exp(Math.log(median) + sigma * random.nextGaussian());
        return pricePoint(Math.max(min, Math.min(max, p)));
    }

    int quantity(RandomGenerator random) {
        return Integer.parseInt(quantities.pick(random));
    }

    String origin(RandomGenerator random) {
        return origins.pick(random);
    }

    /** 68.9, 199, 2799: how shops price (ends in 9), never below 1 yuan. */
    static BigDecimal pricePoint(double p) {
        double point;
        if (p < 100) {
            point = Math.floor(p) + 0.9;
        } else if (p < 1000) {
            point = Math.floor(p / 10) * 10 + 9;
        } else {
            point = Math.floor(p / 100) * 100 + 99;
        }
        return BigDecimal.valueOf(Math.max(point, 1.9)).setScale(2, RoundingMode.HALF_UP);
    }
}
