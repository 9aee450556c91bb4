package org.importwindow.server.web.declaration;

import java.math.BigDecimal;
import org.importwindow.server.web.Labels;
import org.importwindow.tariff.MeasureType;

/**
 * The stored assessment's texts for templates: its amounts are strings with two decimals (the API's shape) and its
 * measure types are enum names; templates call it as {@code amounts} (Thymeleaf allows no constructors there).
 */
public record Amounts(Labels labels) {

    /** Yuan with thousands separators, e.g. {@code 43,133.34}; the text as given when it is not a number. */
    public String money(String amount) {
        if (amount == null || amount.isBlank()) {
            return "";
        }
        try {
            return labels.money(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            return amount;
        }
    }

    public String percent(String fraction) {
        if (fraction == null || fraction.isBlank()) {
            return "";
        }
        try {
            return labels.percent(new BigDecimal(fraction));
        } catch (NumberFormatException e) {
            return fraction;
        }
    }

    public String measureType(String name) {
        if (name == null) {
            return "";
        }
        try {
            return labels.measureType(MeasureType.valueOf(name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }
}
