package org.importwindow.declaration.audit;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.importwindow.declaration.DeclarationEvent;

/**
 * The canonical text of an event: {@code key=value} lines in a fixed order, ending in a newline — {@code sequence},
 * {@code declaration}, {@code type}, {@code actor}, {@code at} (ISO-8601 instant, UTC), then the event's own fields.
 * Backslashes and line breaks in values are escaped ({@code \\}, {@code \n}, {@code \r}) so one line is one field.
 * Stable: changing this format breaks every stored chain.
 */
public final class CanonicalText {
    private CanonicalText() {
    }

    public static String of(long sequence, String declarationId, DeclarationEvent event) {
        StringBuilder b = new StringBuilder(256);
        line(b, "sequence", Long.toString(sequence));
        line(b, "declaration", declarationId);
        line(b, "type", event.type());
        line(b, "actor", event.actor());
        line(b, "at", event.at() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(event.at()));
        for (Map.Entry<String, String> f : event.fields().entrySet()) {
            line(b, f.getKey(), f.getValue());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(key).append('=');
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(c);
                }
            }
        }
        b.append('\n');
    }
}
