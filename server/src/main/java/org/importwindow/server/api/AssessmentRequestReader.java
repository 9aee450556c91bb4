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
 * Turns the JSON body into the core's request, collecting the errors only the API can see (a date or a number that
 * does not parse). Such fields are passed on empty, so the core still checks everything else (and reports missing
 * fields, unknown codes, negative amounts) and every error comes back in one answer.
 */
final class AssessmentRequestReader {

    /** The core request and the violations found on the way. */
    record Result(AssessmentRequest request, List<Violation> violations) {
    }

    /**
     * The most goods items one request may carry: a consignment of more is split by the caller. Not a legal number
     * (a customs declaration has at most 50 items) but a guard, so that one request cannot hold the server.
     */
    static final int MAX_ITEMS = 1000;

    private AssessmentRequestReader() {
    }

    static Result read(AssessmentRequestJson body, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (body == null) {
            return new Result(new AssessmentRequest(today, null, List.of()), violations);
        }
        LocalDate date = today;
        if (body.date() != null && !body.date().isBlank()) {
            date = ApiDates.parse(body.date());
            if (date == null) {
                violations.add(ApiDates.badDate("date", body.date()));
            }
        }
        String currency = body.currency() == null || body.currency().isBlank() ? null
                : body.currency().strip().toUpperCase(Locale.ROOT);
        List<ItemRequest> items = new ArrayList<>();
        if (body.items() != null && body.items().size() > MAX_ITEMS) {
            // nothing of an oversized request is read further
            throw ApiProblemException.badRequest(List.of(new Violation("ASM-014", "items", "at most " + MAX_ITEMS
                    + " goods items per request; this one has " + body.items().size() + ": split it")));
        }
        if (body.items() != null) {
            for (int i = 0; i < body.items().size(); i++) {
                items.add(item(body.items().get(i), "items[" + i + "]", violations));
            }
        }
        return new Result(new AssessmentRequest(date, currency, items), violations);
    }

    private static ItemRequest item(AssessmentRequestJson.Item item, String path, List<Violation> violations) {
        if (item == null) {
            return new ItemRequest(null, null, null, null, null, null, false, false, null);
        }
        String origin = text(item.origin());
        String unit = text(item.unit());
        String preference = text(item.preference());
        return new ItemRequest(text(item.commodityCode()), origin == null ? null : origin.toUpperCase(Locale.ROOT),
                number(item.customsValue(), path + ".customsValue", violations),
                number(item.quantity(), path + ".quantity", violations),
                unit == null ? null : unit.toUpperCase(Locale.ROOT),
                preference == null ? null : preference.toUpperCase(Locale.ROOT),
                Boolean.TRUE.equals(item.proofOfOrigin()), Boolean.TRUE.equals(item.quotaCertificate()),
                item.attributes());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static BigDecimal number(String text, String path, List<Violation> violations) {
        String t = text(text);
        if (t == null) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            violations.add(new Violation(RequestRules.NOT_A_NUMBER, path,
                    "'" + t + "' is not a decimal number (digits with a dot, e.g. 12000.00)"));
            return null;
        }
    }
}
