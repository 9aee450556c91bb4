package org.importwindow.ecommerce.message;

import java.math.BigDecimal;

/**
 * Writes the messages we send (receipts, tax bills) in the layout of the official samples: default namespace, one
 * element per line. Text is escaped; characters XML cannot carry are dropped (a receipt must go out even when a
 * reason quotes something odd).
 */
final class XmlOut {
    private final StringBuilder out = new StringBuilder(1024);
    private int depth;

    XmlOut root(CebMessageType type, String guid) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append('<').append(type.rootElement()).append(" xmlns=\"").append(CebMessageType.NAMESPACE)
                .append("\" guid=\"");
        text(guid);
        out.append("\" version=\"1.0\">\n");
        depth = 1;
        return this;
    }

    XmlOut open(String name) {
        indent();
        out.append('<').append(name).append(">\n");
        depth++;
        return this;
    }

    XmlOut close(String name) {
        depth--;
        indent();
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** A text element; skipped when {@code value} is null (optional elements). */
    XmlOut el(String name, String value) {
        if (value == null) {
            return this;
        }
        indent();
        out.append('<').append(name).append('>');
        text(value);
        out.append("</").append(name).append(">\n");
        return this;
    }

    XmlOut el(String name, BigDecimal value) {
        return el(name, value == null ? null : decimal(name, value));
    }

    XmlOut el(String name, int value) {
        return el(name, Integer.toString(value));
    }

    String end(CebMessageType type) {
        out.append("</").append(type.rootElement()).append(">\n");
        return out.toString();
    }

    /** The schema's N19,5: at most 5 decimals and 19 digits, plain notation. */
    static String decimal(String name, BigDecimal value) {
        BigDecimal v = value.scale() > 5 ? value.stripTrailingZeros() : value;
        if (v.scale() > 5 || v.precision() - Math.min(v.scale(), 0) > 19) {
            throw new IllegalArgumentException(name + " " + value.toPlainString()
                    + " does not fit the specification's N19,5 (round it first)");
        }
        return v.toPlainString();
    }

    private void indent() {
        for (int i = 0; i < depth; i++) {
            out.append('\t');
        }
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                case '\t', '\n' -> out.append(c);
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c >= 0x20 && !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
