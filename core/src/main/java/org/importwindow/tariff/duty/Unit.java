package org.importwindow.tariff.duty;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Units of quantity, with UN/ECE Recommendation 20 codes where one exists. Units of one dimension convert into
 * each other by their factor to the dimension's base unit.
 */
public enum Unit {
    KGM(Dimension.MASS, "1", "千克", "kilogram"),
    GRM(Dimension.MASS, "0.001", "克", "gram"),
    TNE(Dimension.MASS, "1000", "吨", "tonne"),
    LTR(Dimension.VOLUME, "1", "升", "litre"),
    MLT(Dimension.VOLUME, "0.001", "毫升", "millilitre"),
    MTQ(Dimension.VOLUME, "1000", "立方米", "cubic metre"),
    MTK(Dimension.AREA, "1", "平方米", "square metre"),
    MTR(Dimension.LENGTH, "1", "米", "metre"),
    PCE(Dimension.PIECES, "1", "个/台/件", "piece"),
    PR(Dimension.PAIRS, "1", "双", "pair"),
    HEAD(Dimension.HEADS, "1", "头/只", "head"),
    STICK(Dimension.STICKS, "1", "支", "stick (cigarette)"),
    KSTICK(Dimension.STICKS, "1000", "千支", "thousand sticks"),
    /** A standard carton of 200 cigarettes, the unit of the cigarette class threshold. */
    CARTON(Dimension.STICKS, "200", "标准条", "standard carton (200 sticks)");

    /** What a unit measures; only units of the same dimension convert. */
    public enum Dimension { MASS, VOLUME, AREA, LENGTH, PIECES, PAIRS, HEADS, STICKS }

    private final Dimension dimension;
    private final BigDecimal factor;
    private final String nameZh;
    private final String nameEn;

    Unit(Dimension dimension, String factor, String nameZh, String nameEn) {
        this.dimension = dimension;
        this.factor = new BigDecimal(factor);
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** How many base units of the dimension one of this unit is. */
    public BigDecimal factor() {
        return factor;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Convert {@code quantity} of this unit into {@code target}; empty when the dimensions differ. */
    public Optional<BigDecimal> convert(BigDecimal quantity, Unit target) {
        if (target.dimension != dimension) {
            return Optional.empty();
        }
        if (target == this) {
            return Optional.of(quantity);
        }
        return Optional.of(quantity.multiply(factor).divide(target.factor, java.math.MathContext.DECIMAL64));
    }

    /** Look a unit up by code, case-insensitive; also accepts the aliases UNT, NAR and C62 for pieces. */
    public static Optional<Unit> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        switch (c) {
            case "UNT", "NAR", "C62", "PCS" -> {
                return Optional.of(PCE);
            }
            case "KG" -> {
                return Optional.of(KGM);
            }
            case "L" -> {
                return Optional.of(LTR);
            }
            default -> {
                try {
                    return Optional.of(Unit.valueOf(c));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
    }
}
