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

    /**
     * An {@code xs:decimal}: ASCII digits only, as the schema's lexical form is. Java's own parsing also takes other
     * scripts' digits ({@code ０１２３}), which MSV, validating the single pass, lets through; refusing them here sends
     * such a message to the reference validator, which refuses it.
     */
    BigDecimal decimal(String name) {
        String v = text(name);
        return v == null ? null : new BigDecimal(lexical(v, name, true));
    }

    /** An {@code xs:int}: ASCII digits only (see {@link #decimal}). */
    Integer integer(String name) {
        String v = text(name);
        return v == null ? null : Integer.valueOf(lexical(v, name, false));
    }

    /**
     * The value without the XML white space around it (the schema's collapsing of numbers), when it is in the lexical
     * space of xs:decimal ({@code [+-]?(d+(.d*)?|.d+)}) or, without {@code point}, of xs:int ({@code [+-]?d+}).
     */
    private static String lexical(String text, String name, boolean point) {
        int from = 0;
        int to = text.length();
        while (from < to && xmlSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && xmlSpace(text.charAt(to - 1))) {
            to--;
        }
        int i = from < to && (text.charAt(from) == '+' || text.charAt(from) == '-') ? from + 1 : from;
        int digits = 0;
        boolean dot = false;
        for (; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && point && !dot) {
                dot = true;
            } else {
                throw new NumberFormatException(name + " is not a number of the schema: " + text);
            }
        }
        if (digits == 0) {
            throw new NumberFormatException(name + " is not a number of the schema: " + text);
        }
        return text.substring(from, to);
    }

    private static boolean xmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    int requiredInt(String name) {
        Integer v = integer(name);
        if (v == null) {
            throw new IllegalStateException("required integer " + name + " missing after schema validation");
        }
        return v;
    }
}
