package org.importwindow.tariff.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.importwindow.tariff.MeasureCondition;

/**
 * Parses the condition cell of a measure file: conditions separated by {@code ;}, all of which must hold —
 * {@code PROOF_OF_ORIGIN}, {@code QUOTA_CERTIFICATE}, {@code LICENCE:<kind>} and attribute comparisons
 * {@code name<op>value} with op one of {@code < <= > >= = !=}.
 */
public final class ConditionSyntax {
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([A-Za-z][A-Za-z0-9]*(?:\\.[0-9]*(?:\\.[0-9]+)?[A-Z]+)?)\\s*(<=|>=|!=|<|>|=)\\s*([^<>=!\\s]+)");
    private static final Pattern LICENCE = Pattern.compile("LICENCE:([A-Z][A-Z0-9_]*)");

    private ConditionSyntax() {
    }

    /** The conditions of a cell; empty for a blank cell. Throws IllegalArgumentException saying what is wrong. */
    public static List<MeasureCondition> parse(String cell) {
        List<MeasureCondition> result = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return result;
        }
        for (String part : cell.split(";", -1)) {
            result.add(parseOne(part.strip()));
        }
        return result;
    }

    static MeasureCondition parseOne(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty condition (two ';' in a row or a trailing ';')");
        }
        if (text.equals("PROOF_OF_ORIGIN")) {
            return new MeasureCondition.ProofOfOrigin();
        }
        if (text.equals("QUOTA_CERTIFICATE")) {
            return new MeasureCondition.QuotaCertificate();
        }
        if (text.startsWith("LICENCE")) {
            Matcher m = LICENCE.matcher(text);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "': a licence condition reads LICENCE:<KIND>, "
                        + "the kind in capitals, e.g. LICENCE:AUTO_IMPORT");
            }
            return new MeasureCondition.Licence(m.group(1));
        }
        Matcher m = ATTRIBUTE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not PROOF_OF_ORIGIN, QUOTA_CERTIFICATE, "
                    + "LICENCE:<kind> or an attribute comparison such as cylinderCapacityLitres>1.5");
        }
        String name = m.group(1);
        if (name.startsWith("unitValueCny.")) {
            String unit = name.substring("unitValueCny.".length()).replaceFirst("^[0-9.]+", "");
            if (org.importwindow.tariff.duty.Unit.of(unit).isEmpty()) {
                throw new IllegalArgumentException("'" + text + "': unknown unit " + unit + " in unitValueCny");
            }
        }
        MeasureCondition.Comparator op = switch (m.group(2)) {
            case "<" -> MeasureCondition.Comparator.LT;
            case "<=" -> MeasureCondition.Comparator.LE;
            case ">" -> MeasureCondition.Comparator.GT;
            case ">=" -> MeasureCondition.Comparator.GE;
            case "=" -> MeasureCondition.Comparator.EQ;
            default -> MeasureCondition.Comparator.NE;
        };
        return new MeasureCondition.Attribute(name, op, m.group(3));
    }
}
