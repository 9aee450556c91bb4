package org.importwindow.server.web.declaration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.importwindow.server.security.BilingualError;

/**
 * The error summary of the declaration pages: each error's message in the page language with its rule code, and the
 * id of the field it links to. The engine reports field paths the API's way ({@code items[0].commodityCode}); the
 * form's ids are {@code items-0-commodityCode}, since brackets and dots make awkward fragment identifiers.
 */
final class PageErrors {

    /** One entry of the error summary: the field id it links to (null for the whole form) and the message. */
    public record FieldError(String field, String message) {
    }

    static final Set<String> HEADER_FIELDS = Set.of("reference", "importer", "declarationDate", "declarationKind",
            "summaryReference", "tradeMode", "transportMode", "portOfEntry", "countryOfDispatch", "priceTerms",
            "currency", "freight", "insurance", "licences", "rulingReference", "totalValue");
    static final Set<String> ITEM_FIELDS = Set.of("commodityCode", "description", "origin", "quantity", "unit",
            "secondQuantity", "secondUnit", "value", "preference", "proofOfOrigin", "quotaCertificate", "attributes");
    private static final Pattern ITEM = Pattern.compile("^items\\[(\\d+)](?:\\.([A-Za-z]+))?.*$");
    private static final Pattern HEAD = Pattern.compile("^([A-Za-z]+).*$");

    private PageErrors() {
    }

    /** The form field id a violation's path points to, or null when it names none. */
    static String fieldFor(String path, int itemCount) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.strip();
        Matcher item = ITEM.matcher(p);
        if (item.matches()) {
            int index = Integer.parseInt(item.group(1));
            if (index >= itemCount) {
                return null;
            }
            String name = item.group(2);
            return "items-" + index + "-" + (name == null || !ITEM_FIELDS.contains(name) ? "commodityCode" : name);
        }
        if (p.equals("items")) {
            return "items-0-commodityCode";
        }
        Matcher head = HEAD.matcher(p);
        return head.matches() && HEADER_FIELDS.contains(head.group(1)) ? head.group(1) : null;
    }

    static FieldError of(BilingualError e, int itemCount, Locale locale) {
        String message = "zh".equals(locale.getLanguage()) ? e.messageZh() : e.message();
        return new FieldError(fieldFor(e.path(), itemCount), e.code().isEmpty() ? message
                : message + " (" + e.code() + ")");
    }

    /**
     * The summary's entries, one per rule and field: the form's own check of a field (in the form's words) comes
     * first, and the engine's report of the same rule on the same field would only say it again.
     */
    static List<FieldError> of(List<BilingualError> errors, int itemCount, Locale locale) {
        List<FieldError> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (BilingualError e : errors) {
            String field = fieldFor(e.path(), itemCount);
            if (field == null || seen.add(e.code() + " " + field)) {
                out.add(of(e, itemCount, locale));
            }
        }
        return out;
    }

    /** The header fields and an item's fields in the order the form shows them. */
    private static final List<String> HEADER_ORDER = List.of("reference", "importer", "declarationDate",
            "declarationKind", "summaryReference", "tradeMode", "transportMode", "portOfEntry", "countryOfDispatch",
            "priceTerms", "currency", "freight", "insurance", "totalValue", "licences", "rulingReference");
    private static final List<String> ITEM_ORDER = List.of("commodityCode", "origin", "description", "value",
            "quantity", "unit", "preference", "proofOfOrigin", "quotaCertificate", "secondQuantity", "secondUnit",
            "attributes");
    private static final Pattern ITEM_ID = Pattern.compile("^items-(\\d+)-([A-Za-z]+)$");

    /**
     * The errors in the order of the fields they link to on the form, as the GOV.UK error summary lists them (the
     * checks find them in their own order); errors about the whole form first, ties kept as found.
     */
    static List<FieldError> inFormOrder(List<FieldError> errors) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingLong(e -> position(e.field())));
        return sorted;
    }

    private static long position(String field) {
        if (field == null) {
            return -1;
        }
        int header = HEADER_ORDER.indexOf(field);
        if (header >= 0) {
            return header;
        }
        Matcher item = ITEM_ID.matcher(field);
        if (item.matches()) {
            int inItem = ITEM_ORDER.indexOf(item.group(2));
            return 1_000L + Long.parseLong(item.group(1)) * 100 + (inItem < 0 ? 99 : inItem);
        }
        return Long.MAX_VALUE;
    }

    /** The messages for each field, shown next to it. */
    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError e : errors) {
            if (e.field() != null) {
                map.merge(e.field(), e.message(), (a, b) -> a + " " + b);
            }
        }
        return map;
    }
}
