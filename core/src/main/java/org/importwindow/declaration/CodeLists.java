package org.importwindow.declaration;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.duty.Unit;

/**
 * The code lists of the declaration form (trade modes, modes of transport, terms of price) and the plausible unit
 * dimensions per HS prefix, from {@code law/declaration/}.
 */
public final class CodeLists {
    public static final String CODE_LISTS = "/law/declaration/code-lists.csv";
    public static final String UNIT_DIMENSIONS = "/law/declaration/unit-dimensions.csv";

    /** One code of a list. */
    public record Code(String list, String code, String nameZh, String nameEn) {
    }

    private static volatile CodeLists bundled;

    private final Map<String, Map<String, Code>> lists;
    private final Map<String, Set<Unit.Dimension>> dimensions;

    public CodeLists(List<Code> codes, Map<String, Set<Unit.Dimension>> dimensionsByPrefix) {
        Map<String, Map<String, Code>> map = new HashMap<>();
        for (Code c : codes) {
            map.computeIfAbsent(c.list(), k -> new LinkedHashMap<>()).put(c.code(), c);
        }
        this.lists = map;
        this.dimensions = Map.copyOf(dimensionsByPrefix);
    }

    /** The bundled lists, loaded once. */
    public static CodeLists loadBundled() {
        CodeLists b = bundled;
        if (b == null) {
            List<Code> codes = new ArrayList<>();
            for (CSVRecord r : read(CODE_LISTS)) {
                codes.add(new Code(r.get("list"), r.get("code"), r.get("name_zh"), r.get("name_en")));
            }
            Map<String, Set<Unit.Dimension>> dims = new HashMap<>();
            for (CSVRecord r : read(UNIT_DIMENSIONS)) {
                Set<Unit.Dimension> set = EnumSet.noneOf(Unit.Dimension.class);
                for (String d : r.get("dimensions").split(";")) {
                    set.add(Unit.Dimension.valueOf(d.strip()));
                }
                dims.put(r.get("prefix"), set);
            }
            b = new CodeLists(codes, dims);
            bundled = b;
        }
        return b;
    }

    public Optional<Code> tradeMode(String code) {
        return find("TRADE_MODE", code);
    }

    public Optional<Code> transportMode(String code) {
        return find("TRANSPORT_MODE", code);
    }

    public Optional<Code> priceTerms(String code) {
        return find("PRICE_TERMS", code);
    }

    /** Every code of a list ({@code TRADE_MODE}, {@code TRANSPORT_MODE}, {@code PRICE_TERMS}), in file order. */
    public List<Code> list(String list) {
        return List.copyOf(lists.getOrDefault(list, Map.of()).values());
    }

    /**
     * The unit dimensions plausible for {@code commodityCode} by its longest listed HS prefix; empty when no prefix
     * is listed (then any unit is accepted).
     */
    public Set<Unit.Dimension> plausibleDimensions(String commodityCode) {
        for (int len = Math.min(commodityCode.length(), 8); len >= 2; len--) {
            Set<Unit.Dimension> d = dimensions.get(commodityCode.substring(0, len));
            if (d != null) {
                return d;
            }
        }
        return Set.of();
    }

    private Optional<Code> find(String list, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Map<String, Code> m = lists.get(list);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(code.strip()));
    }

    private static List<CSVRecord> read(String resource) {
        InputStream in = CodeLists.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
