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

    public Nomenclature(Collection<Section> sections, Collection<Commodity> commodities) {
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

    /**
     * Search by code prefix (digits, dots and spaces ignored) or by words in the English or Chinese description.
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
            for (Commodity c : byCode.values()) {
                String en = c.descriptionEn() == null ? "" : c.descriptionEn().toLowerCase(Locale.ROOT);
                String zh = c.descriptionZh() == null ? "" : c.descriptionZh();
                boolean all = true;
                for (String w : words) {
                    if (!en.contains(w) && !zh.contains(w)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    hits.add(c);
                }
            }
        }
        // declarable lines first, then shorter codes, then code order: what a trader is most likely after
        hits.sort(Comparator.comparing(Commodity::code));
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }
}
