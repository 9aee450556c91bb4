package org.importwindow.server.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.importwindow.assessment.AssessmentRequest;
import org.importwindow.assessment.ItemRequest;
import org.importwindow.assessment.Violation;

/**
 * Turns the JSON body into the core's request, collecting every syntactic error (missing fields, numbers that are
 * not numbers, negative amounts, malformed date) instead of stopping at the first. Fields with such errors are
 * replaced by neutral values so that the core can still check the rest of the request and both kinds of error come
 * back together.
 */
final class AssessmentRequestReader {

    /** The core request (null when it cannot be built at all) and the violations found on the way. */
    record Result(AssessmentRequest request, List<Violation> violations) {
    }

    private AssessmentRequestReader() {
    }

    static Result read(AssessmentRequestJson body, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (body == null) {
            violations.add(new Violation(RequestRules.MISSING_FIELD, "", "The request has no body"));
            return new Result(null, violations);
        }
        LocalDate date = today;
        if (body.date() != null && !body.date().isBlank()) {
            date = ApiDates.parse(body.date());
            if (date == null) {
                violations.add(ApiDates.badDate("date", body.date()));
            }
        }
        String currency = body.currency() == null || body.currency().isBlank() ? "CNY"
                : body.currency().strip().toUpperCase(Locale.ROOT);
        List<ItemRequest> items = new ArrayList<>();
        if (body.items() == null || body.items().isEmpty()) {
            violations.add(new Violation(RequestRules.MISSING_FIELD, "items", "A consignment needs at least one item"));
        } else {
            for (int i = 0; i < body.items().size(); i++) {
                items.add(item(body.items().get(i), "items[" + i + "]", violations));
            }
        }
        return new Result(date == null ? null : new AssessmentRequest(date, currency, items), violations);
    }

    private static ItemRequest item(AssessmentRequestJson.Item item, String path, List<Violation> violations) {
        if (item == null) {
            violations.add(new Violation(RequestRules.MISSING_FIELD, path, "The item is empty"));
            return new ItemRequest("", "", BigDecimal.ZERO, null, null, null, false, false, null);
        }
        String code = text(item.commodityCode());
        if (code == null) {
            violations.add(new Violation(RequestRules.MISSING_FIELD, path + ".commodityCode",
                    "The commodity code is required"));
        }
        String origin = text(item.origin());
        if (origin == null) {
            violations.add(new Violation(RequestRules.MISSING_FIELD, path + ".origin",
                    "The country of origin is required (ZZ when unknown)"));
        }
        BigDecimal value = amount(item.customsValue(), path + ".customsValue", true, violations);
        BigDecimal quantity = amount(item.quantity(), path + ".quantity", false, violations);
        String unit = text(item.unit());
        String preference = text(item.preference());
        return new ItemRequest(code == null ? "" : code, origin == null ? "" : origin.toUpperCase(Locale.ROOT),
                value == null ? BigDecimal.ZERO : value, quantity,
                unit == null ? null : unit.toUpperCase(Locale.ROOT),
                preference == null ? null : preference.toUpperCase(Locale.ROOT),
                Boolean.TRUE.equals(item.proofOfOrigin()), Boolean.TRUE.equals(item.quotaCertificate()),
                item.attributes());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static BigDecimal amount(String text, String path, boolean required, List<Violation> violations) {
        String t = text(text);
        if (t == null) {
            if (required) {
                violations.add(new Violation(RequestRules.MISSING_FIELD, path, "The amount is required"));
            }
            return null;
        }
        BigDecimal n;
        try {
            n = new BigDecimal(t);
        } catch (NumberFormatException e) {
            violations.add(new Violation(RequestRules.NOT_A_NUMBER, path,
                    "'" + t + "' is not a decimal number (use digits and a dot, e.g. 12000.00)"));
            return null;
        }
        if (n.signum() < 0) {
            violations.add(new Violation(RequestRules.NEGATIVE, path, "The amount must not be negative"));
            return null;
        }
        return n;
    }
}
