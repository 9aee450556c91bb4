package org.importwindow.assessment;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The sentences explaining an assessment, rendered when first read. An e-commerce checkout that embeds the core
 * reads only the amounts, and a national-volume pipeline assesses millions of items a minute: neither should pay for
 * text it never shows, while a page or the API gets exactly the same sentences. Immutable from the outside;
 * rendering is idempotent, so concurrent readers at worst render a line twice.
 */
public final class Explanation extends AbstractList<String> implements RandomAccess {
    private static final Explanation EMPTY = new Explanation(new Object[0]);

    private final Object[] lines;

    private Explanation(Object[] lines) {
        this.lines = lines;
    }

    public static Explanation empty() {
        return EMPTY;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String get(int index) {
        Object line = lines[index];
        if (line instanceof Supplier<?> deferred) {
            String text = String.valueOf(((Supplier<String>) deferred).get());
            lines[index] = text;
            return text;
        }
        return (String) line;
    }

    @Override
    public int size() {
        return lines.length;
    }

    /** Collects lines, each given as text or as a supplier of text rendered on first read. */
    public static final class Builder {
        private final List<Object> lines = new ArrayList<>(8);

        public Builder add(String line) {
            lines.add(line);
            return this;
        }

        public Builder add(Supplier<String> line) {
            lines.add(line);
            return this;
        }

        public Builder addFirst(Supplier<String> line) {
            lines.add(0, line);
            return this;
        }

        public boolean isEmpty() {
            return lines.isEmpty();
        }

        public Explanation build() {
            return lines.isEmpty() ? EMPTY : new Explanation(lines.toArray());
        }
    }
}
