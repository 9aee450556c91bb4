package org.importwindow.server.tariff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.duty.DutyExpression;

/**
 * Measures keep their duty expression and conditions in the database as canonical text; this turns the text back
 * into the core's objects. Identical texts (most schedules hold a few hundred distinct expressions among hundreds of
 * thousands of measures) are parsed once and shared, which saves both start-up time and heap.
 * Not thread-safe: one instance per catalogue build.
 */
final class MeasureTexts {
    private final Map<String, DutyExpression> expressions = new HashMap<>();
    private final Map<String, List<MeasureCondition>> conditions = new HashMap<>();
    private final Map<String, String> strings = new HashMap<>();

    DutyExpression duty(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return expressions.computeIfAbsent(text, DutyExpression::parse);
    }

    List<MeasureCondition> conditions(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return conditions.computeIfAbsent(text, t -> List.copyOf(ConditionText.parse(t)));
    }

    /** One shared instance of a repeated value such as an area, a legal act id or a commodity code. */
    String shared(String value) {
        return value == null ? null : strings.computeIfAbsent(value, v -> v);
    }

    static String conditionsText(List<MeasureCondition> conditions) {
        if (conditions.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (MeasureCondition c : conditions) {
            if (!sb.isEmpty()) {
                sb.append(';');
            }
            sb.append(c.text());
        }
        return sb.toString();
    }

    static String footnotesText(List<String> footnotes) {
        return footnotes.isEmpty() ? null : String.join(";", footnotes);
    }

    static List<String> footnotes(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split(";"));
    }
}
