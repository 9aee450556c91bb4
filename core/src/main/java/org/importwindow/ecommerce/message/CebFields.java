package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * The simple child elements of one schema element, by name, as read from a message that already passed the schema.
 * Because the schema has checked lexical forms, the conversions here cannot fail on a valid message; the schema's
 * whitespace collapsing of xs:decimal and xs:int is mirrored by stripping.
 *
 * <p>Filled and read once per head or line of every message, so it is a small open-addressing table rather than a
 * {@code HashMap} (no entry objects); names are compared by identity first (the readers put the schema's names,
 * interned, and the records ask with literals). A reader that has already checked a number's lexical form may put
 * its value too ({@link #put(String, String, Object)}), which {@link #decimal} and {@link #integer} then return.
 */
final class CebFields {
    private String[] names = new String[128];
    private String[] texts = new String[128];
    private Object[] numbers = new Object[128];
    private int[] used = new int[128];
    private int count;

    void put(String name, String text) {
        put(name, text, null);
    }

    /** The text of {@code name}, and its value when it is a number already read ({@code BigDecimal}, {@code Integer}). */
    void put(String name, String text, Object number) {
        if (count * 2 >= names.length) {
            grow();
        }
        int mask = names.length - 1;
        int i = name.hashCode() & mask;
        while (names[i] != null && !same(names[i], name)) {
            i = (i + 1) & mask;
        }
        if (names[i] == null) {
            names[i] = name;
            used[count++] = i;
        }
        texts[i] = text;
        numbers[i] = number;
    }

    void clear() {
        for (int k = 0; k < count; k++) {
            int i = used[k];
            names[i] = null;
            texts[i] = null;
            numbers[i] = null;
        }
        count = 0;
    }

    private int find(String name) {
        int mask = names.length - 1;
        int i = name.hashCode() & mask;
        while (names[i] != null) {
            if (same(names[i], name)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    private static boolean same(String a, String b) {
        return a == b || a.equals(b);
    }

    private void grow() {
        String[] oldNames = names;
        String[] oldTexts = texts;
        Object[] oldNumbers = numbers;
        int[] oldUsed = used;
        int oldCount = count;
        names = new String[oldNames.length * 2];
        texts = new String[names.length];
        numbers = new Object[names.length];
        used = new int[names.length];
        count = 0;
        for (int k = 0; k < oldCount; k++) {
            int i = oldUsed[k];
            put(oldNames[i], oldTexts[i], oldNumbers[i]);
        }
    }

    /** The text as sent; {@code null} when the element is absent or empty. */
    String text(String name) {
        int i = find(name);
        String v = i < 0 ? null : texts[i];
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * An {@code xs:decimal}: ASCII digits only, as the schema's lexical form is. Java's own parsing also takes other
     * scripts' digits ({@code ０１２３}), which MSV, validating the single pass, lets through; refusing them here sends
     * such a message to the reference validator, which refuses it.
     */
    BigDecimal decimal(String name) {
        int i = find(name);
        if (i >= 0 && numbers[i] instanceof BigDecimal d) {
            return d;
        }
        String v = text(name);
        return v == null ? null : new BigDecimal(lexical(v, name, true));
    }

    /** An {@code xs:int}: ASCII digits only (see {@link #decimal}). */
    Integer integer(String name) {
        int i = find(name);
        if (i >= 0 && numbers[i] instanceof Integer n) {
            return n;
        }
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
