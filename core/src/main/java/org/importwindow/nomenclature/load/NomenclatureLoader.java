package org.importwindow.nomenclature.load;

import static org.importwindow.reference.load.BundledResources.get;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.Section;
import org.importwindow.reference.load.BundledResources;
import org.importwindow.reference.load.ReferenceDataException;

/**
 * Builds the goods nomenclature from the bundled files: the HS 2022 tree (sections, chapters, headings,
 * subheadings) in English from {@code harmonized-system.csv}, Chinese section and chapter titles from the authored
 * {@code hs-sections-zh.csv} / {@code hs-chapters-zh.csv}, and China's 8-digit national lines of the 2026 tariff
 * book sample ({@code cn-tariff-2026-sample.csv}) with Chinese names and heading context.
 *
 * <p>Only 8-digit national lines are declarable: goods are declared under a national line, never under an HS
 * subheading, even one that the sample happens not to split.
 */
public final class NomenclatureLoader {
    public static final String SECTIONS = "sections.csv";
    public static final String SECTIONS_ZH = "hs-sections-zh.csv";
    public static final String HS = "harmonized-system.csv";
    public static final String CHAPTERS_ZH = "hs-chapters-zh.csv";
    public static final String NATIONAL_LINES = "cn-tariff-2026-sample.csv";
    public static final String NATIONAL_LINES_EN = "cn-national-lines-en.csv";
    public static final String SEARCH_TERMS = "search-terms.csv";

    /** Comtrade's pseudo-section for "not specified according to kind" (chapter 99) and the TOTAL row: not HS. */
    private static final String COMTRADE_TOTAL = "TOTAL";
    private static final String PATH_SEPARATOR = " > ";

    private NomenclatureLoader() {
    }

    /** The nomenclature from the files bundled in the core jar. */
    public static Nomenclature loadBundled() {
        return load(BundledResources.bundled());
    }

    /** The nomenclature from files named as the bundled ones, supplied by {@code files} (e.g. a test or an update). */
    public static Nomenclature load(Function<String, Reader> files) {
        List<Section> sections = sections(files);
        Map<String, Commodity> nodes = new LinkedHashMap<>();
        Map<String, String> chaptersZh = column(files, CHAPTERS_ZH, "chapter", "name_zh");
        for (CSVRecord r : BundledResources.read(files, HS)) {
            String section = get(r, "section");
            String code = get(r, "hscode");
            if (COMTRADE_TOTAL.equals(section) || COMTRADE_TOTAL.equals(code)) {
                continue;
            }
            int level = Integer.parseInt(get(r, "level"));
            String parent = level == 2 ? null : get(r, "parent");
            String zh = level == 2 ? chaptersZh.get(code) : null;
            nodes.put(code, new Commodity(code, parent, section, get(r, "description"), zh, false, null));
        }
        addNationalLines(files, nodes);
        return new Nomenclature(sections, nodes.values(), searchTerms(files));
    }

    /** A nomenclature over any list of commodities, e.g. a generated full-size schedule, with the bundled sections. */
    public static Nomenclature of(List<Commodity> commodities) {
        return new Nomenclature(sections(BundledResources.bundled()), commodities);
    }

    static List<Section> sections(Function<String, Reader> files) {
        Map<String, String> zh = column(files, SECTIONS_ZH, "section", "name_zh");
        List<Section> sections = new ArrayList<>();
        for (CSVRecord r : BundledResources.read(files, SECTIONS)) {
            String numeral = get(r, "section");
            String en = get(r, "name");
            // Comtrade's file writes section I in lower case; section titles start with a capital in the HS
            en = en.isEmpty() ? en : en.substring(0, 1).toUpperCase(Locale.ROOT) + en.substring(1);
            sections.add(new Section(numeral, roman(numeral), en, zh.get(numeral)));
        }
        return sections;
    }

    private static void addNationalLines(Function<String, Reader> files, Map<String, Commodity> nodes) {
        Map<String, String> splitsEn = column(files, NATIONAL_LINES_EN, "hs8", "split_en");
        List<CSVRecord> lines = BundledResources.read(files, NATIONAL_LINES);
        Map<String, String> headingZh = headingNamesZh(lines);
        Map<String, String> subheadingZh = new HashMap<>();
        for (CSVRecord r : lines) {
            String code = get(r, "hs8");
            String nameZh = get(r, "description_zh");
            if (code.endsWith("00")) {
                // "xxxxxx00" is a subheading China does not split, so its official name is the subheading's name
                subheadingZh.put(code.substring(0, 6), nameZh);
            }
        }
        for (CSVRecord r : lines) {
            String code = get(r, "hs8");
            if (!code.matches("\\d{8}")) {
                throw new ReferenceDataException("REF-010", NATIONAL_LINES + " row " + r.getRecordNumber()
                        + ": national line code '" + code + "' is not 8 digits");
            }
            String parentCode = code.substring(0, 6);
            Commodity parent = nodes.get(parentCode);
            if (parent == null) {
                throw new ReferenceDataException("REF-011", NATIONAL_LINES + " row " + r.getRecordNumber()
                        + ": national line " + code + " has no HS subheading " + parentCode);
            }
            String nameZh = get(r, "description_zh");
            String path = get(r, "heading_path_zh");
            nodes.put(code, new Commodity(code, parentCode, parent.section(),
                    englishOf(code, nameZh, parent.descriptionEn(), splitsEn.get(code)),
                    chineseOf(nameZh, path), true, null));
        }
        headingZh.forEach((code, zh) -> nodes.computeIfPresent(code, (k, c) -> withZh(c, zh)));
        subheadingZh.forEach((code, zh) -> nodes.computeIfPresent(code, (k, c) -> withZh(c, zh)));
    }

    /**
     * The English text of a national line. The tariff book is in Chinese only, so the line is described by its
     * HS subheading, followed by the national split: our translation where we have one, "other" for the
     * residual split ("其他..."), nothing when the subheading is not split ("xxxxxx00").
     */
    static String englishOf(String code, String nameZh, String subheadingEn, String splitEn) {
        if (splitEn != null && !splitEn.isBlank()) {
            return subheadingEn + " — " + splitEn;
        }
        if (nameZh.startsWith("其他")) {
            return subheadingEn + " — other";
        }
        if (code.endsWith("00")) {
            return subheadingEn;
        }
        return subheadingEn + " — " + nameZh;
    }

    /**
     * The Chinese text of a national line: its official name, preceded by its closest heading-path element when the
     * name alone says nothing ("其他", "小轿车", "带骨的" ...): a bare "其他" in search results is useless.
     */
    static String chineseOf(String nameZh, String path) {
        if (path.isEmpty()) {
            return nameZh;
        }
        String[] parts = path.split(PATH_SEPARATOR);
        String context = parts[parts.length - 1];
        if (context.equals(nameZh)) {
            return nameZh;
        }
        if (nameZh.length() <= 4 || nameZh.startsWith("其他")) {
            return context + "：" + nameZh;
        }
        return nameZh;
    }

    /**
     * Chinese heading names from the sample's heading paths. The path's first element is the 4-digit heading's text
     * in most rows, but in some it is a subheading group (e.g. 02.07 gives "鸡" or "火鸡", not the heading's text).
     * Be conservative: take it only when every sample row of that heading agrees on it and at least one row's path
     * goes deeper than it or the heading has a single national line equal to it.
     */
    static Map<String, String> headingNamesZh(List<CSVRecord> lines) {
        Map<String, Set<String>> firsts = new HashMap<>();
        Set<String> rowsWithoutPath = new HashSet<>();
        for (CSVRecord r : lines) {
            String heading = get(r, "hs8").substring(0, 4);
            String path = get(r, "heading_path_zh");
            if (path.isEmpty()) {
                rowsWithoutPath.add(heading);
                continue;
            }
            firsts.computeIfAbsent(heading, k -> new HashSet<>()).add(path.split(PATH_SEPARATOR)[0]);
        }
        Map<String, String> names = new HashMap<>();
        firsts.forEach((heading, candidates) -> {
            if (candidates.size() == 1 && !rowsWithoutPath.contains(heading)) {
                names.put(heading, candidates.iterator().next());
            }
        });
        return names;
    }

    private static Commodity withZh(Commodity c, String zh) {
        if (c.descriptionZh() != null && !c.descriptionZh().isBlank()) {
            return c;
        }
        return new Commodity(c.code(), c.parentCode(), c.section(), c.descriptionEn(), zh, c.declarable(),
                c.legalUnit());
    }

    private static Map<String, List<String>> searchTerms(Function<String, Reader> files) {
        Map<String, List<String>> terms = new HashMap<>();
        for (CSVRecord r : BundledResources.read(files, SEARCH_TERMS)) {
            List<String> list = terms.computeIfAbsent(get(r, "code"), k -> new ArrayList<>());
            for (String t : get(r, "terms").split(";")) {
                if (!t.isBlank()) {
                    list.add(t.strip());
                }
            }
        }
        return terms;
    }

    private static Map<String, String> column(Function<String, Reader> files, String file, String key, String value) {
        Map<String, String> map = new HashMap<>();
        for (CSVRecord r : BundledResources.read(files, file)) {
            map.put(get(r, key), get(r, value));
        }
        return map;
    }

    static int roman(String numeral) {
        Map<Character, Integer> v = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50);
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int cur = v.getOrDefault(numeral.charAt(i), 0);
            int next = i + 1 < numeral.length() ? v.getOrDefault(numeral.charAt(i + 1), 0) : 0;
            total += cur < next ? -cur : cur;
        }
        if (total == 0) {
            throw new ReferenceDataException("REF-012", "section numeral '" + numeral + "' is not a Roman numeral");
        }
        return total;
    }
}
