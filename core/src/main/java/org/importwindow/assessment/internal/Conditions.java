package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.util.List;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.duty.Unit;

/**
 * Evaluates a measure's conditions for an item with three outcomes: all hold, one fails, or the outcome depends on
 * attributes the declarant did not give (then their names are reported). A condition that fails on known facts
 * decides even when others are unknown.
 *
 * <p>Unit-value alternatives: measures of one type on one commodity code may state the same threshold in units of
 * different kinds, one measure each (high-end cosmetics, 财税〔2016〕103号: at least 10 yuan per millilitre, 10 yuan
 * per gram or 15 yuan per piece). The threshold in the unit the goods are declared in is the one that decides; a
 * threshold in a unit of another kind does not apply to them (the condition fails, it is not "unknown"). The
 * declared unit may be any unit that converts into the threshold's (KGM into GRM, LTR into MLT): see
 * {@link org.importwindow.tariff.duty.Unit#convert}. Only when the quantity is absent, or in a unit none of the
 * alternatives' units converts from, does the outcome stay unknown.
 */
public final class Conditions {
    public static final int HOLD = 1;
    public static final int FAIL = 0;
    public static final int UNKNOWN = -1;

    private Conditions() {
    }

    /**
     * @param missing receives the names of attributes that would decide the outcome, when it is {@link #UNKNOWN}
     * @param failed  receives the first condition that failed, when it is {@link #FAIL}; may be null
     */
    public static int evaluate(Measure measure, ItemFacts facts, List<String> missing, MeasureCondition[] failed) {
        return evaluate(measure, facts, missing, failed, null);
    }

    /**
     * Like {@link #evaluate(Measure, ItemFacts, List, MeasureCondition[])}, with the item's other measures in force
     * ({@code alternatives}, may be null), among which unit-value alternatives of {@code measure} are looked for.
     */
    public static int evaluate(Measure measure, ItemFacts facts, List<String> missing, MeasureCondition[] failed,
                               List<Measure> alternatives) {
        List<MeasureCondition> conditions = measure.conditions();
        if (conditions.isEmpty()) {
            return HOLD;
        }
        int missingBefore = missing.size();
        for (int i = 0; i < conditions.size(); i++) {
            MeasureCondition c = conditions.get(i);
            int r = holds(c, facts);
            if (r == UNKNOWN && alternatives != null
                    && inAnotherAlternativeUnit((MeasureCondition.Attribute) c, measure, facts, alternatives)) {
                r = FAIL;
            }
            if (r == FAIL) {
                while (missing.size() > missingBefore) {
                    missing.remove(missing.size() - 1);
                }
                if (failed != null) {
                    failed[0] = c;
                }
                return FAIL;
            }
            if (r == UNKNOWN) {
                missing.add(((MeasureCondition.Attribute) c).name());
            }
        }
        return missing.size() > missingBefore ? UNKNOWN : HOLD;
    }

    /**
     * Whether {@code a}, a unit-value condition that cannot be evaluated for the item, is passed over because the
     * item is declared in the unit of an alternative: another measure of the same type and code has a unit-value
     * condition in a unit of another kind, and the item's quantity converts into that unit or the declarant gave that
     * unit value.
     */
    static boolean inAnotherAlternativeUnit(MeasureCondition.Attribute a, Measure measure, ItemFacts facts,
                                            List<Measure> alternatives) {
        Unit own = ItemFacts.unitValueUnit(a.name());
        if (own == null) {
            return false;
        }
        for (int i = 0; i < alternatives.size(); i++) {
            Measure other = alternatives.get(i);
            if (other.type() != measure.type() || !other.commodityCode().equals(measure.commodityCode())) {
                continue;
            }
            List<MeasureCondition> conditions = other.conditions();
            for (int j = 0; j < conditions.size(); j++) {
                if (conditions.get(j) instanceof MeasureCondition.Attribute oa) {
                    Unit u = ItemFacts.unitValueUnit(oa.name());
                    if (u != null && u.dimension() != own.dimension()
                            && (facts.quantityConvertsTo(u) || facts.declares(oa.name()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether a failed condition failed because it did not apply to the item's unit (see
     * {@link #inAnotherAlternativeUnit}) rather than on the item's facts.
     */
    static boolean notApplicableToUnit(MeasureCondition failed, ItemFacts facts) {
        return failed instanceof MeasureCondition.Attribute a && ItemFacts.unitValueUnit(a.name()) != null
                && facts.attribute(a.name()) == null;
    }

    static int holds(MeasureCondition c, ItemFacts facts) {
        if (c instanceof MeasureCondition.ProofOfOrigin) {
            return facts.proofOfOrigin() ? HOLD : FAIL;
        }
        if (c instanceof MeasureCondition.QuotaCertificate) {
            return facts.quotaCertificate() ? HOLD : FAIL;
        }
        if (c instanceof MeasureCondition.Licence l) {
            // a licence is declared as the attribute licence.<kind> = true (or its number)
            String v = facts.attribute("licence." + l.kind());
            return v != null && !v.isBlank() && !"false".equalsIgnoreCase(v) ? HOLD : FAIL;
        }
        MeasureCondition.Attribute a = (MeasureCondition.Attribute) c;
        String actual = facts.attribute(a.name());
        if (actual == null) {
            return UNKNOWN;
        }
        return compare(actual, a.comparator(), a.value()) ? HOLD : FAIL;
    }

    /** Numbers compare as numbers; anything else as text, ignoring case (true/false, yes/no...). */
    static boolean compare(String actual, MeasureCondition.Comparator op, String expected) {
        int cmp;
        BigDecimal x = number(actual);
        BigDecimal y = x == null ? null : number(expected);
        if (x != null && y != null) {
            cmp = x.compareTo(y);
        } else {
            cmp = actual.strip().compareToIgnoreCase(expected.strip());
        }
        return switch (op) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            case GE -> cmp >= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
        };
    }

    private static BigDecimal number(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch != '.' && !(i == 0 && (ch == '-' || ch == '+'))) {
                return null;
            }
        }
        if (!digit) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
