package org.importwindow.assessment;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sentences explaining an assessment, rendered when first read. An e-commerce checkout that embeds the core
 * reads only the amounts, and a national-volume pipeline assesses millions of items a minute: neither should pay for
 * text it never shows, while a page or the API gets exactly the same sentences.
 *
 * <p>As a {@code List<String>} it reads in English (the API's {@code explanation} is English); {@link #in(Language)}
 * gives the same lines in another language. Each line is kept as a function of the language and each language's
 * text is cached on first read, so building an explanation costs no more than before and a language never read is
 * never worded. Immutable from the outside; rendering is idempotent, so concurrent readers at worst render a line
 * twice.
 */
public final class Explanation extends AbstractList<String> implements RandomAccess {
    private static final Explanation EMPTY = new Explanation(new Object[0]);

    /** Each a String (the same in every language) or a Function&lt;Language, String&gt;. */
    private final Object[] lines;
    /** Rendered text per language, allocated on first read of that language (none while nobody reads). */
    private String[] english;
    private String[] chinese;

    private Explanation(Object[] lines) {
        this.lines = lines;
    }

    public static Explanation empty() {
        return EMPTY;
    }

    /** The line in English. */
    @Override
    public String get(int index) {
        return line(index, Language.EN);
    }

    /** The line in {@code language}. */
    @SuppressWarnings("unchecked")
    public String line(int index, Language language) {
        Object line = lines[index];
        if (!(line instanceof Function<?, ?> deferred)) {
            return (String) line;
        }
        boolean zh = language == Language.ZH;
        String[] cache = zh ? chinese : english;
        if (cache == null) {
            cache = new String[lines.length];
            if (zh) {
                chinese = cache;
            } else {
                english = cache;
            }
        }
        String text = cache[index];
        if (text == null) {
            text = String.valueOf(((Function<Language, String>) deferred).apply(language));
            cache[index] = text;
        }
        return text;
    }

    @Override
    public int size() {
        return lines.length;
    }

    /** The lines in {@code language}, each worded when first read. */
    public List<String> in(Language language) {
        if (language == Language.EN) {
            return this;
        }
        return new InLanguage(this, language);
    }

    /** The lines in the language of a tag such as {@code zh} or {@code en} (see {@link Language#of(String)}). */
    public List<String> in(String language) {
        return in(Language.of(language));
    }

    /**
     * Any explanation list in {@code language}: an {@link Explanation} worded in it, any other list (made by hand,
     * e.g. in a test or from stored text) as it is.
     */
    public static List<String> in(List<String> lines, Language language) {
        return lines instanceof Explanation e ? e.in(language) : lines;
    }

    private static final class InLanguage extends AbstractList<String> implements RandomAccess {
        private final Explanation explanation;
        private final Language language;

        InLanguage(Explanation explanation, Language language) {
            this.explanation = explanation;
            this.language = language;
        }

        @Override
        public String get(int index) {
            return explanation.line(index, language);
        }

        @Override
        public int size() {
            return explanation.size();
        }
    }

    /** Collects lines, each given as text or as a function of the language rendered on first read. */
    public static final class Builder {
        private final List<Object> lines = new ArrayList<>(8);

        public Builder add(String line) {
            lines.add(line);
            return this;
        }

        /** A line worded per language when first read in that language. */
        public Builder add(Function<Language, String> line) {
            lines.add(line);
            return this;
        }

        /** A line worded in English only: every language reads the English text. */
        public Builder add(Supplier<String> line) {
            lines.add((Function<Language, String>) language -> line.get());
            return this;
        }

        public Builder addFirst(Function<Language, String> line) {
            lines.add(0, line);
            return this;
        }

        public Builder addFirst(Supplier<String> line) {
            lines.add(0, (Function<Language, String>) language -> line.get());
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
