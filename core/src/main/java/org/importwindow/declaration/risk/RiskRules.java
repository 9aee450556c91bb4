package org.importwindow.declaration.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The risk configuration: rules and channel thresholds ({@value #RULES}), reference prices, the watch list and the
 * catalogue of encouraged complete equipment (under {@code law/risk/}). Immutable.
 */
public final class RiskRules {
    public static final String RULES = "/law/risk-rules.yaml";
    public static final String REFERENCE_PRICES = "/law/risk/reference-prices.csv";
    public static final String WATCH_LIST = "/law/risk/watch-list.csv";
    public static final String ENCOURAGED_EQUIPMENT = "/law/risk/encouraged-equipment.csv";
    public static final Set<String> KEYS = Set.of("LOW_UNIT_VALUE", "FIRST_TIME_IMPORTER", "WATCH_LIST",
            "PREFERENCE_WITHOUT_PROOF", "DISHONEST_ENTERPRISE", "ENCOURAGED_EQUIPMENT", "RANDOM_SAMPLING");

    /** Reference value per unit of the lines under {@code prefix}. */
    public record ReferencePrice(String prefix, String unit, BigDecimal cnyPerUnit) {
    }

    /** Goods of {@code origin} under {@code prefix} (empty = all) watched from {@code from} to {@code to}. */
    public record WatchListEntry(String origin, String prefix, LocalDate from, LocalDate to, String reason) {
        boolean matches(String o, String code, LocalDate date) {
            return origin.equals(o) && code.startsWith(prefix) && !date.isBefore(from)
                    && (to == null || !date.isAfter(to));
        }
    }

    /** A line (prefix) of the encouraged-equipment catalogue. */
    public record EncouragedLine(String prefix, LocalDate from, LocalDate to, String descriptionEn,
                                 String descriptionZh) {
        boolean matches(String code, LocalDate date) {
            return code.startsWith(prefix) && !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    private static volatile RiskRules bundled;

    private final Map<String, RiskRule> byKey;
    private final int yellow;
    private final int red;
    private final List<ReferencePrice> prices;
    private final List<WatchListEntry> watchList;
    private final List<EncouragedLine> encouraged;

    public RiskRules(List<RiskRule> rules, int yellow, int red, List<ReferencePrice> prices,
                     List<WatchListEntry> watchList, List<EncouragedLine> encouraged) {
        Map<String, RiskRule> map = new LinkedHashMap<>();
        for (RiskRule r : rules) {
            if (!KEYS.contains(r.key())) {
                throw new IllegalArgumentException("risk rule " + r.code() + ": unknown key " + r.key());
            }
            map.put(r.key(), r);
        }
        this.byKey = map;
        this.yellow = yellow;
        this.red = red;
        this.prices = List.copyOf(prices);
        this.watchList = List.copyOf(watchList);
        this.encouraged = List.copyOf(encouraged);
    }

    /** The bundled configuration, loaded once. */
    public static RiskRules loadBundled() {
        RiskRules b = bundled;
        if (b == null) {
            b = load();
            bundled = b;
        }
        return b;
    }

    public List<RiskRule> rules() {
        return List.copyOf(byKey.values());
    }

    /** The rule for an engine key; empty when the configuration leaves it out (then it never fires). */
    public Optional<RiskRule> rule(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public int yellowThreshold() {
        return yellow;
    }

    public int redThreshold() {
        return red;
    }

    /** The reference price of the longest prefix of {@code code}. */
    public Optional<ReferencePrice> referencePrice(String code) {
        ReferencePrice best = null;
        for (ReferencePrice p : prices) {
            if (code.startsWith(p.prefix()) && (best == null || p.prefix().length() > best.prefix().length())) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<WatchListEntry> watched(String origin, String code, LocalDate date) {
        return watchList.stream().filter(w -> w.matches(origin, code, date)).findFirst();
    }

    public boolean encouragedEquipment(String code, LocalDate date) {
        return encouraged.stream().anyMatch(e -> e.matches(code, date));
    }

    public List<EncouragedLine> encouragedEquipment() {
        return encouraged;
    }

    public List<WatchListEntry> watchList() {
        return watchList;
    }

    public List<ReferencePrice> referencePrices() {
        return prices;
    }

    @SuppressWarnings("unchecked")
    private static RiskRules load() {
        Map<String, Object> root;
        try (Reader in = open(RULES)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> thresholds = (Map<String, Object>) root.get("thresholds");
        List<RiskRule> rules = new ArrayList<>();
        for (Object o : (List<Object>) root.get("rules")) {
            Map<String, Object> r = (Map<String, Object>) o;
            Map<String, Object> d = (Map<String, Object>) r.get("description");
            rules.add(new RiskRule(String.valueOf(r.get("code")), String.valueOf(r.get("key")),
                    String.valueOf(d.get("en")), String.valueOf(d.get("zh")), ((Number) r.get("weight")).intValue(),
                    r.get("ratio") == null ? null : new BigDecimal(String.valueOf(r.get("ratio")))));
        }
        List<ReferencePrice> prices = new ArrayList<>();
        for (CSVRecord r : csv(REFERENCE_PRICES)) {
            prices.add(new ReferencePrice(r.get("prefix"), r.get("unit"), new BigDecimal(r.get("cny_per_unit"))));
        }
        List<WatchListEntry> watch = new ArrayList<>();
        for (CSVRecord r : csv(WATCH_LIST)) {
            watch.add(new WatchListEntry(r.get("origin"), r.get("prefix"), LocalDate.parse(r.get("from")),
                    date(r.get("to")), r.get("reason")));
        }
        List<EncouragedLine> enc = new ArrayList<>();
        for (CSVRecord r : csv(ENCOURAGED_EQUIPMENT)) {
            enc.add(new EncouragedLine(r.get("prefix"), LocalDate.parse(r.get("from")), date(r.get("to")),
                    r.get("description_en"), r.get("description_zh")));
        }
        return new RiskRules(rules, ((Number) thresholds.get("yellow")).intValue(),
                ((Number) thresholds.get("red")).intValue(), prices, watch, enc);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private static List<CSVRecord> csv(String resource) {
        try (Reader in = open(resource)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String resource) {
        InputStream in = RiskRules.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
