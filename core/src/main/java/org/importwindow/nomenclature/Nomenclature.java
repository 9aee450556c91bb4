package org.importwindow.nomenclature;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The goods nomenclature as a tree: sections, chapters, headings, subheadings and national lines. Immutable.
 */
public final class Nomenclature {
    private final Map<String, Section> sections;
    private final Map<String, Commodity> byCode;
    private final Map<String, List<Commodity>> children;
    private final Map<String, List<String>> searchReferences;
    /** Per node: its own, its ancestors' and their search references' text, lower-cased; built lazily once. */
    private volatile Map<String, String> searchText;

    public Nomenclature(Collection<Section> sections, Collection<Commodity> commodities) {
        this(sections, commodities, Map.of());
    }

    /**
     * @param searchReferences extra words by which a node and its subtree are found (e.g. "葡萄酒" for heading 2204,
     *                         whose official name says "鲜葡萄酿造的酒"), keyed by commodity code
     */
    public Nomenclature(Collection<Section> sections, Collection<Commodity> commodities,
                        Map<String, List<String>> searchReferences) {
        this.searchReferences = Map.copyOf(searchReferences);
        Map<String, Section> s = new LinkedHashMap<>();
        sections.stream().sorted(Comparator.comparingInt(Section::number)).forEach(x -> s.put(x.numeral(), x));
        this.sections = s;
        Map<String, Commodity> c = new HashMap<>();
        Map<String, List<Commodity>> ch = new HashMap<>();
        for (Commodity commodity : commodities) {
            c.put(commodity.code(), commodity);
        }
        for (Commodity commodity : commodities) {
            String key = commodity.parentCode() == null ? "SECTION:" + commodity.section() : commodity.parentCode();
            ch.computeIfAbsent(key, k -> new ArrayList<>()).add(commodity);
        }
        ch.values().forEach(list -> list.sort(Comparator.comparing(Commodity::code)));
        this.byCode = c;
        this.children = ch;
    }

    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    public Optional<Section> section(String numeral) {
        return Optional.ofNullable(sections.get(numeral));
    }

    public Optional<Commodity> commodity(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    public Collection<Commodity> all() {
        return byCode.values();
    }

    /** The chapters of a section, in code order. */
    public List<Commodity> chapters(String sectionNumeral) {
        return children.getOrDefault("SECTION:" + sectionNumeral, List.of());
    }

    /** The direct children of a node, in code order. */
    public List<Commodity> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The ancestors of a node, from its chapter down to its parent. */
    public List<Commodity> ancestors(String code) {
        List<Commodity> path = new ArrayList<>();
        Commodity c = byCode.get(code);
        while (c != null && c.parentCode() != null) {
            c = byCode.get(c.parentCode());
            if (c != null) {
                path.add(0, c);
            }
        }
        return path;
    }

    /** The search references of a node itself (not inherited). */
    public List<String> searchReferences(String code) {
        return searchReferences.getOrDefault(code, List.of());
    }

    /**
     * Search by code prefix (digits, dots and spaces ignored) or by words in the English or Chinese description.
     * A node matches when every word occurs in its own description, an ancestor's description or their search
     * references: a line named only "装入2升及以下容器的" is still found by "葡萄酒" through its heading.
     * Results are in code order, at most {@code limit}.
     */
    public List<Commodity> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip();
        String digits = q.replaceAll("[\\s.]", "");
        List<Commodity> hits = new ArrayList<>();
        if (digits.matches("\\d{2,10}")) {
            for (Commodity c : byCode.values()) {
                if (c.code().startsWith(digits)) {
                    hits.add(c);
                }
            }
        } else {
            String[] words = q.toLowerCase(Locale.ROOT).split("\\s+");
            for (Map.Entry<String, String> e : searchText().entrySet()) {
                String text = e.getValue();
                boolean all = true;
                for (String w : words) {
                    if (!containsWord(text, w)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    hits.add(byCode.get(e.getKey()));
                }
            }
        }
        hits.sort(Comparator.comparing(Commodity::code));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /**
     * Whether {@code text} holds {@code word}: a Latin word must start a word of the text ("wine" finds "wine" and
     * "wines", not "swine"); Chinese has no spaces between words, so any occurrence counts.
     */
    static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
                    || !isLatin(word.charAt(0)) || !isLatin(text.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isLatin(char c) {
        return c < 0x0250;
    }

    private Map<String, String> searchText() {
        Map<String, String> text = searchText;
        if (text == null) {
            Map<String, String> own = new HashMap<>();
            for (Commodity c : byCode.values()) {
                StringBuilder b = new StringBuilder();
                if (c.descriptionEn() != null) {
                    b.append(c.descriptionEn()).append('\n');
                }
                if (c.descriptionZh() != null) {
                    b.append(c.descriptionZh()).append('\n');
                }
                for (String r : searchReferences(c.code())) {
                    b.append(r).append('\n');
                }
                own.put(c.code(), b.toString().toLowerCase(Locale.ROOT));
            }
            text = new HashMap<>();
            for (Commodity c : byCode.values()) {
                StringBuilder b = new StringBuilder(own.get(c.code()));
                for (Commodity a : ancestors(c.code())) {
                    b.append(own.get(a.code()));
                }
                text.put(c.code(), b.toString());
            }
            searchText = text;
        }
        return text;
    }
}
