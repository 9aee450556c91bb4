package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.util.List;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;

/**
 * Evaluates a measure's conditions for an item with three outcomes: all hold, one fails, or the outcome depends on
 * attributes the declarant did not give (then their names are reported). A condition that fails on known facts
 * decides even when others are unknown.
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
        List<MeasureCondition> conditions = measure.conditions();
        if (conditions.isEmpty()) {
            return HOLD;
        }
        int missingBefore = missing.size();
        for (int i = 0; i < conditions.size(); i++) {
            MeasureCondition c = conditions.get(i);
            int r = holds(c, facts);
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
