package org.importwindow.ecommerce.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.importwindow.tariff.duty.Unit;

/**
 * The customs code lists the messages use (《JGS-20 海关业务代码集》: country/region, currency, unit of measure),
 * mapped to ISO 3166-1 alpha-2, ISO 4217 and our {@link Unit} codes. The tables are data (CSV under {@code ceb/},
 * partial, each row naming its source); a fuller official table can be loaded with {@link #load}.
 */
public final class CustomsCodes {
    /** One row of a table: the customs code, what it maps to (or null), its names and where it comes from. */
    public record Entry(String code, String mapped, String nameEn, String nameZh, String source) {
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setTrim(true).setIgnoreEmptyLines(true).get();

    private final Map<String, Entry> countries;
    private final Map<String, Entry> currencies;
    private final Map<String, Entry> units;
    private final Map<String, String> countryByIso;

    private CustomsCodes(Map<String, Entry> countries, Map<String, Entry> currencies, Map<String, Entry> units) {
        this.countries = countries;
        this.currencies = currencies;
        this.units = units;
        Map<String, String> byIso = new LinkedHashMap<>();
        countries.values().forEach(e -> {
            if (e.mapped() != null) {
                byIso.putIfAbsent(e.mapped(), e.code());
            }
        });
        this.countryByIso = Collections.unmodifiableMap(byIso);
    }

    private static final class Holder {
        static final CustomsCodes BUNDLED = loadBundled();
    }

    /** The bundled tables ({@code ceb/customs-countries.csv}, {@code -currencies.csv}, {@code -units.csv}). */
    public static CustomsCodes bundled() {
        return Holder.BUNDLED;
    }

    /**
     * Tables from other CSV files of the same columns (see the bundled files' headers), e.g. the full official
     * lists. Codes must be unique per table; a unit mapped to something that is not a {@link Unit} is refused.
     */
    public static CustomsCodes load(Reader countries, Reader currencies, Reader units) {
        return new CustomsCodes(table(countries, "iso2", "countries"), table(currencies, "iso4217", "currencies"),
                unitTable(units));
    }

    /** ISO alpha-2 of a customs country/region code, e.g. {@code 502} → {@code US}, {@code 142} → {@code CN}. */
    public Optional<String> countryIso(String customsCountryCode) {
        return mapped(countries, customsCountryCode);
    }

    /** ISO 4217 of a customs currency code, e.g. {@code 142} → {@code CNY}. */
    public Optional<String> currencyIso(String customsCurrencyCode) {
        return mapped(currencies, customsCurrencyCode);
    }

    /**
     * Our {@link Unit} code of a customs unit code, e.g. {@code 035} → {@code KGM}, {@code 007} → {@code PCE};
     * empty when we have no unit of that meaning (e.g. {@code 142} bottle) or the code is unknown.
     */
    public Optional<String> unit(String customsUnitCode) {
        return mapped(units, customsUnitCode);
    }

    /** The customs code of an ISO alpha-2 country, e.g. {@code JP} → {@code 116}. */
    public Optional<String> customsCountry(String iso2) {
        return Optional.ofNullable(iso2 == null ? null : countryByIso.get(iso2));
    }

    /** Whether the customs country code is in the table (including regions without an ISO code, e.g. 701). */
    public boolean isCountry(String customsCountryCode) {
        return customsCountryCode != null && countries.containsKey(customsCountryCode);
    }

    public boolean isCurrency(String customsCurrencyCode) {
        return customsCurrencyCode != null && currencies.containsKey(customsCurrencyCode);
    }

    public boolean isUnit(String customsUnitCode) {
        return customsUnitCode != null && units.containsKey(customsUnitCode);
    }

    public Optional<Entry> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    public Optional<Entry> currency(String code) {
        return Optional.ofNullable(code == null ? null : currencies.get(code));
    }

    public Optional<Entry> unitEntry(String code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }

    public List<Entry> countries() {
        return List.copyOf(countries.values());
    }

    public List<Entry> currencies() {
        return List.copyOf(currencies.values());
    }

    public List<Entry> units() {
        return List.copyOf(units.values());
    }

    private static Optional<String> mapped(Map<String, Entry> table, String code) {
        if (code == null) {
            return Optional.empty();
        }
        Entry e = table.get(code.strip());
        return e == null ? Optional.empty() : Optional.ofNullable(e.mapped());
    }

    private static CustomsCodes loadBundled() {
        try (Reader c = open("customs-countries.csv"); Reader m = open("customs-currencies.csv");
                Reader u = open("customs-units.csv")) {
            return load(c, m, u);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(String name) {
        InputStream in = CustomsCodes.class.getResourceAsStream(CebSchema.RESOURCE_DIR + name);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + CebSchema.RESOURCE_DIR + name);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static Map<String, Entry> table(Reader reader, String mappedColumn, String what) {
        Map<String, Entry> out = new LinkedHashMap<>();
        try {
            for (CSVRecord r : FORMAT.parse(reader)) {
                Entry e = new Entry(r.get("code"), blankToNull(r.get(mappedColumn)), r.get("name_en"),
                        r.get("name_zh"), r.isMapped("source") ? r.get("source") : null);
                if (out.put(e.code(), e) != null) {
                    throw new IllegalArgumentException("customs " + what + " code " + e.code() + " appears twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Entry> unitTable(Reader reader) {
        Map<String, Entry> out = table(reader, "unit", "units");
        List<String> bad = new ArrayList<>();
        out.values().forEach(e -> {
            if (e.mapped() != null && Unit.of(e.mapped()).filter(u -> u.name().equals(e.mapped())).isEmpty()) {
                bad.add(e.code() + "->" + e.mapped());
            }
        });
        if (!bad.isEmpty()) {
            throw new IllegalArgumentException("customs units mapped to no Unit of ours: " + bad);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
