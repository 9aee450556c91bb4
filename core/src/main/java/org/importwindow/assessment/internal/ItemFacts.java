package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.importwindow.tariff.duty.DutyBase;
import org.importwindow.tariff.duty.Unit;

/**
 * What is known about one goods item while it is assessed: the declared attributes, the customs value in yuan
 * (rounded to the fen, as on the tax bill) and the quantity. Derived attributes {@code unitValueCny.<n?UNIT>} are
 * computed here when the declarant did not give them.
 */
public final class ItemFacts {
    public static final String UNIT_VALUE_PREFIX = "unitValueCny.";

    private final Map<String, String> attributes;
    private final BigDecimal valueCny;
    private final BigDecimal quantity;
    private final Unit unit;
    private final boolean proofOfOrigin;
    private final boolean quotaCertificate;
    private final DutyBase base;

    public ItemFacts(Map<String, String> attributes, BigDecimal valueCny, BigDecimal quantity, Unit unit,
                     boolean proofOfOrigin, boolean quotaCertificate, DutyBase base) {
        this.attributes = attributes;
        this.valueCny = valueCny;
        this.quantity = quantity;
        this.unit = unit;
        this.proofOfOrigin = proofOfOrigin;
        this.quotaCertificate = quotaCertificate;
        this.base = base;
    }

    public DutyBase base() {
        return base;
    }

    public BigDecimal valueCny() {
        return valueCny;
    }

    public boolean proofOfOrigin() {
        return proofOfOrigin;
    }

    public boolean quotaCertificate() {
        return quotaCertificate;
    }

    /** Whether the declarant gave the attribute itself (not derived). */
    public boolean declares(String name) {
        return attributes.get(name) != null;
    }

    /**
     * Whether a quantity greater than zero is declared in {@code target} or in a unit that converts into it (KGM into
     * GRM, LTR into MLT): then the customs value per {@code target} can be derived.
     */
    public boolean quantityConvertsTo(Unit target) {
        return quantity != null && unit != null && quantity.signum() > 0 && target != null
                && unit.dimension() == target.dimension();
    }

    /** The unit of a derived attribute {@code unitValueCny.<n?UNIT>} ({@code MLT}, {@code LTR} of {@code 988LTR}); else null. */
    public static Unit unitValueUnit(String name) {
        if (name == null || !name.startsWith(UNIT_VALUE_PREFIX)) {
            return null;
        }
        int digits = UNIT_VALUE_PREFIX.length();
        while (digits < name.length() && Character.isDigit(name.charAt(digits))) {
            digits++;
        }
        return Unit.of(name.substring(digits)).orElse(null);
    }

    /** The attribute's value as text: the declared one if given (it wins), else a derived one; null if unknown. */
    public String attribute(String name) {
        String given = attributes.get(name);
        if (given != null) {
            return given;
        }
        if (name.startsWith(UNIT_VALUE_PREFIX)) {
            BigDecimal derived = unitValue(name.substring(UNIT_VALUE_PREFIX.length()));
            return derived == null ? null : derived.toPlainString();
        }
        return null;
    }

    /** Customs value in yuan per {@code spec} (e.g. {@code MLT}, {@code 988LTR}); null when it cannot be known. */
    BigDecimal unitValue(String spec) {
        if (quantity == null || unit == null || quantity.signum() <= 0) {
            return null;
        }
        int digits = 0;
        while (digits < spec.length() && Character.isDigit(spec.charAt(digits))) {
            digits++;
        }
        Unit target = Unit.of(spec.substring(digits)).orElse(null);
        if (target == null || target.dimension() != unit.dimension()) {
            return null;
        }
        BigDecimal inTarget = unit.convert(quantity, target).orElseThrow();
        BigDecimal perValue = valueCny.divide(inTarget, MathContext.DECIMAL64);
        return digits == 0 ? perValue : perValue.multiply(new BigDecimal(spec.substring(0, digits)));
    }

    /** Whether the declarant gave the attribute, or it could be derived. */
    public boolean knows(String name) {
        return attribute(name) != null;
    }

    /** Explains how a derived attribute can be supplied, for error messages. */
    public static String howToSupply(String name) {
        if (name.startsWith(UNIT_VALUE_PREFIX)) {
            return "declare the quantity and its unit (or the attribute " + name + " itself)";
        }
        return "declare the attribute " + name;
    }
}
