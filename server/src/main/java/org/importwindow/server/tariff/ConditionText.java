package org.importwindow.server.tariff;

import java.util.List;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.load.ConditionSyntax;

/** Reads the stored condition text with the core's measure-file syntax. */
final class ConditionText {
    private ConditionText() {
    }

    static List<MeasureCondition> parse(String text) {
        return ConditionSyntax.parse(text);
    }
}
