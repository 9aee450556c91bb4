package org.importwindow.server.web.complaint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.importwindow.server.security.BilingualError;

/** The error summary entries of the complaint pages: the message in the page language with its rule code. */
final class ComplaintPageErrors {

    /** One entry: the field id it links to (null for none) and the message. */
    public record FieldError(String field, String message) {
    }

    private static final Set<String> FIELDS = Set.of("productName", "gtin", "model", "lot", "brand", "shop",
            "platform", "orderNumber", "inventoryNumber", "whatHappened", "injury", "photos", "photo", "contactName",
            "contactPhone", "contactEmail", "reason", "outcome");

    private ComplaintPageErrors() {
    }

    static List<FieldError> of(List<BilingualError> errors, Locale locale) {
        boolean zh = locale != null && "zh".equals(locale.getLanguage());
        return errors.stream().map(e -> {
            String path = e.path() == null ? "" : e.path().replaceAll("\\[.*$", "");
            String message = (zh ? e.messageZh() : e.message()) + (e.code().isEmpty() ? "" : " (" + e.code() + ")");
            return new FieldError(FIELDS.contains(path) ? path : null, message);
        }).toList();
    }

    /** The first message per field, for the message above each field. */
    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.stream().filter(e -> e.field() != null).forEach(e -> out.putIfAbsent(e.field(), e.message()));
        return out;
    }
}
