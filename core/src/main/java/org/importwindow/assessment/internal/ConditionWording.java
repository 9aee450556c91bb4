package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.assessment.Language;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.duty.Unit;

import static org.importwindow.assessment.internal.Wording.zh;

/**
 * Why a tax measure with conditions applied or not, in the words of the law: unit-value thresholds read as
 * "the unit value of 6.00 CNY per millilitre is below the threshold of 10 CNY per millilitre" (每毫升完税价格 6.00 元，
 * 低于 10 元的标准), other conditions as their text. Worded only when an explanation is read.
 */
final class ConditionWording {
    private ConditionWording() {
    }

    /**
     * The clause saying which unit-value thresholds of {@code applied} the item reached, e.g. {@code , as the unit
     * value of 30.00 CNY per piece is at or above the threshold of 15 CNY per piece}; empty when the measure has none.
     */
    static String whyApplies(Measure applied, ItemFacts facts, Language l) {
        List<String> clauses = new ArrayList<>(1);
        for (MeasureCondition c : applied.conditions()) {
            if (c instanceof MeasureCondition.Attribute a && ItemFacts.unitValueUnit(a.name()) != null) {
                String actual = facts.attribute(a.name());
                if (actual != null) {
                    clauses.add(unitValue(a, actual, true, l));
                }
            }
        }
        if (clauses.isEmpty()) {
            return "";
        }
        return zh(l) ? "，因为" + String.join("，", clauses) : ", as " + String.join(" and ", clauses);
    }

    /**
     * The sentence saying that none of a tax's measures in force applies to the item, and why each was passed over.
     * Measures of the same rate, code and legal act (unit-value alternatives) are explained together: the threshold
     * that decided, then the thresholds in other units that do not apply to goods declared in this one.
     *
     * @param failed the condition each of {@code passed} failed on
     * @param acts   the legal act of each of {@code passed}, or null
     */
    static String whyNotDue(List<Measure> passed, List<MeasureCondition> failed, List<LegalAct> acts,
                            ItemFacts facts, Language l) {
        StringBuilder out = new StringBuilder(zh(l) ? passed.get(0).type().nameZh() + "：不征收。"
                : passed.get(0).type().nameEn() + ": none due: ");
        boolean[] done = new boolean[passed.size()];
        boolean first = true;
        for (int i = 0; i < passed.size(); i++) {
            if (done[i]) {
                continue;
            }
            Measure m = passed.get(i);
            List<String> reasons = new ArrayList<>(1);
            List<Unit> otherUnits = new ArrayList<>(2);
            for (int j = i; j < passed.size(); j++) {
                if (!done[j] && sameAlternative(m, passed.get(j))) {
                    done[j] = true;
                    MeasureCondition c = failed.get(j);
                    if (Conditions.notApplicableToUnit(c, facts)) {
                        otherUnits.add(ItemFacts.unitValueUnit(((MeasureCondition.Attribute) c).name()));
                    } else {
                        reasons.add(reason(c, facts, l));
                    }
                }
            }
            out.append(first ? "" : zh(l) ? "；" : "; ");
            first = false;
            out.append(Wording.measure(m, l)).append(zh(l) ? "（" : " (").append(Wording.source(m, acts.get(i), l))
                    .append(zh(l) ? "）不适用" : ") does not apply");
            if (!reasons.isEmpty()) {
                out.append(zh(l) ? "：" + String.join("，", reasons) : ", as " + String.join(" and ", reasons));
            }
            if (!otherUnits.isEmpty()) {
                out.append(reasons.isEmpty() ? (zh(l) ? "：" : ": ") : (zh(l) ? "；" : "; "))
                        .append(otherUnits(otherUnits, l));
            }
        }
        return out.append(zh(l) ? "。" : ".").toString();
    }

    /** Same rate, code and legal act: alternatives of one rule of law. */
    private static boolean sameAlternative(Measure a, Measure b) {
        return a.commodityCode().equals(b.commodityCode()) && a.type() == b.type()
                && java.util.Objects.equals(a.legalAct(), b.legalAct())
                && java.util.Objects.equals(a.duty() == null ? null : a.duty().text(),
                b.duty() == null ? null : b.duty().text());
    }

    private static String reason(MeasureCondition c, ItemFacts facts, Language l) {
        if (c instanceof MeasureCondition.Attribute a && ItemFacts.unitValueUnit(a.name()) != null) {
            return unitValue(a, facts.attribute(a.name()), false, l);
        }
        return zh(l) ? "不满足条件 " + c.text() : "condition " + c.text() + " is not met";
    }

    private static String otherUnits(List<Unit> units, Language l) {
        List<String> names = new ArrayList<>(units.size());
        for (Unit u : units) {
            String name = zh(l) ? "每" + Wording.unitName(u, l) : "per " + Wording.unitName(u, l);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (zh(l)) {
            return String.join("、", names) + "的标准适用于以该计量单位申报数量的货物";
        }
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return names.size() == 1 ? "the threshold " + joined + " is for goods declared in that unit"
                : "the thresholds " + joined + " are for goods declared in those units";
    }

    /** E.g. {@code the unit value of 6.00 CNY per millilitre is below the threshold of 10 CNY per millilitre}. */
    private static String unitValue(MeasureCondition.Attribute a, String actual, boolean holds, Language l) {
        String per = per(a.name(), l);
        String shown = shown(actual, a.value());
        MeasureCondition.Comparator op = a.comparator();
        if (zh(l)) {
            return per + "完税价格 " + shown + " 元，" + (holds ? holdsZh(op) : failsZh(op)) + " " + a.value() + " 元的标准";
        }
        return "the unit value of " + shown + " CNY " + per + " " + (holds ? holdsEn(op) : failsEn(op))
                + " the threshold of " + a.value() + " CNY " + per;
    }

    /** {@code per millilitre}, {@code per 988 litres}; {@code 每毫升}, {@code 每988升}. */
    private static String per(String name, Language l) {
        String spec = name.substring(ItemFacts.UNIT_VALUE_PREFIX.length());
        int digits = 0;
        while (digits < spec.length() && Character.isDigit(spec.charAt(digits))) {
            digits++;
        }
        Unit unit = ItemFacts.unitValueUnit(name);
        String count = spec.substring(0, digits);
        if (zh(l)) {
            return "每" + count + Wording.unitName(unit, l);
        }
        return count.isEmpty() || "1".equals(count) ? "per " + Wording.unitName(unit, l)
                : "per " + count + " " + Wording.unitName(unit, l) + "s";
    }

    /**
     * The unit value to the fen, unless rounding would put it on the other side of the threshold (9.996 shown as
     * 10.00 below a threshold of 10): then with the digits that tell them apart. Declared text stays as declared.
     */
    private static String shown(String actual, String threshold) {
        BigDecimal value;
        BigDecimal limit;
        try {
            value = new BigDecimal(actual.strip());
            limit = new BigDecimal(threshold.strip());
        } catch (NumberFormatException e) {
            return actual;
        }
        BigDecimal fen = value.setScale(2, RoundingMode.HALF_UP);
        if (fen.compareTo(limit) == value.compareTo(limit)) {
            return fen.toPlainString();
        }
        return value.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
    }

    private static String holdsEn(MeasureCondition.Comparator op) {
        return switch (op) {
            case GE -> "is at or above";
            case GT -> "is above";
            case LT -> "is below";
            case LE -> "is at or below";
            case EQ -> "equals";
            case NE -> "differs from";
        };
    }

    private static String failsEn(MeasureCondition.Comparator op) {
        return switch (op) {
            case GE -> "is below";
            case GT -> "is at or below";
            case LT -> "is at or above";
            case LE -> "is above";
            case EQ -> "differs from";
            case NE -> "equals";
        };
    }

    private static String holdsZh(MeasureCondition.Comparator op) {
        return switch (op) {
            case GE -> "不低于";
            case GT -> "高于";
            case LT -> "低于";
            case LE -> "不高于";
            case EQ -> "等于";
            case NE -> "不等于";
        };
    }

    private static String failsZh(MeasureCondition.Comparator op) {
        return switch (op) {
            case GE -> "低于";
            case GT -> "不高于";
            case LT -> "不低于";
            case LE -> "高于";
            case EQ -> "不等于";
            case NE -> "等于";
        };
    }
}
