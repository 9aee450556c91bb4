package org.importwindow.bench.cbec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The products of {@code /cbec/catalogue.csv}, each checked to be on the core's bundled positive list on the day of
 * the traffic: a load test must not become a test of refusing goods that may not be sold this way.
 */
public final class Catalogue {
    static final String FILE = "/cbec/catalogue.csv";
    static final String POSITIVE_LIST = "/law/measures/cbec-positive-list.csv";

    private final List<Product> products;
    private final Weighted<Product> byPopularity;

    private Catalogue(List<Product> products) {
        this.products = List.copyOf(products);
        this.byPopularity = Weighted.of(this.products, this.products.stream().map(Product::weight).toList());
    }

    /** The bundled catalogue; throws when a product's line is not on the positive list on {@code date}. */
    public static Catalogue bundled(LocalDate date) {
        Map<String, String> onList = positiveList(date);
        List<Product> products = new ArrayList<>();
        for (String[] f : rows(FILE)) {
            if (f.length != 15) {
                throw new IllegalStateException(FILE + ": 15 columns expected: " + String.join(",", f));
            }
            Product p = new Product(f[0], f[1], f[2], f[3], f[4], f[5], new BigDecimal(f[6]), new BigDecimal(f[7]),
                    Weighted.parse(f[8]), Double.parseDouble(f[9]), Double.parseDouble(f[10]),
                    Double.parseDouble(f[11]), Double.parseDouble(f[12]), Weighted.parse(f[13]),
                    Double.parseDouble(f[14]));
            if (!onList.containsKey(p.hs8())) {
                throw new IllegalStateException(FILE + ": " + p.id() + " (" + p.hs8() + ") is not on the positive list "
                        + "on " + date);
            }
            products.add(p);
        }
        return new Catalogue(products);
    }

    /**
     * The catalogue without the products of some tariff lines (e.g. to compare figures with those measured before
     * 33049900 was decided: until the high-end cosmetics fix, its creams below the threshold were refused with
     * ASM-011); {@code "33049900,22042100"}.
     */
    public Catalogue without(String hs8List) {
        if (hs8List == null || hs8List.isBlank()) {
            return this;
        }
        List<String> out = List.of(hs8List.split(","));
        List<Product> kept = products.stream().filter(p -> !out.contains(p.hs8())).toList();
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no product left without " + hs8List);
        }
        return new Catalogue(kept);
    }

    public List<Product> products() {
        return products;
    }

    Product pick(RandomGenerator random) {
        return byPopularity.pick(random);
    }

    /** The lines of the positive list in force on {@code date}, with their measure's sid. */
    static Map<String, String> positiveList(LocalDate date) {
        Map<String, String> lines = new HashMap<>();
        List<String[]> rows = rows(POSITIVE_LIST);
        for (String[] f : rows.subList(1, rows.size())) {
            LocalDate from = LocalDate.parse(f[5]);
            LocalDate to = f.length > 6 && !f[6].isBlank() ? LocalDate.parse(f[6]) : null;
            if ("CBEC_POSITIVE_LIST".equals(f[1]) && !from.isAfter(date) && (to == null || !to.isBefore(date))) {
                lines.put(f[2], f[0]);
            }
        }
        return lines;
    }

    /** Rows of a simple CSV (no quoted commas), without comments; the catalogue's header line is dropped. */
    private static List<String[]> rows(String resource) {
        InputStream in = Catalogue.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing from the classpath: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = resource.equals(FILE);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
