package org.importwindow.ecommerce.message;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The simple child elements of one schema element, by name, as read from a message that already passed the schema.
 * Because the schema has checked lexical forms, the conversions here cannot fail on a valid message; the schema's
 * whitespace collapsing of xs:decimal and xs:int is mirrored by stripping.
 */
final class CebFields {
    private final Map<String, String> values = new HashMap<>(64);

    void put(String name, String text) {
        values.put(name, text);
    }

    void clear() {
        values.clear();
    }

    /** The text as sent; {@code null} when the element is absent or empty. */
    String text(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    BigDecimal decimal(String name) {
        String v = text(name);
        return v == null ? null : new BigDecimal(v.strip());
    }

    Integer integer(String name) {
        String v = text(name);
        return v == null ? null : Integer.valueOf(v.strip());
    }

    int requiredInt(String name) {
        Integer v = integer(name);
        if (v == null) {
            throw new IllegalStateException("required integer " + name + " missing after schema validation");
        }
        return v;
    }
}
