package org.importwindow.reference.load;

import static org.importwindow.reference.load.BundledResources.get;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.importwindow.reference.ArrangementCategory;
import org.importwindow.reference.Country;
import org.importwindow.reference.CountryGroup;
import org.importwindow.reference.Currency;
import org.importwindow.reference.GroupKind;
import org.importwindow.reference.GroupMembership;
import org.importwindow.reference.PreferentialArrangement;
import org.importwindow.reference.ReferenceData;

/**
 * Builds {@link ReferenceData} from the bundled files (see data/SOURCES.md): countries from the ISO/M49 table,
 * currencies from ISO 4217, and the dated groups the measures refer to ({@code ERGA_OMNES}, {@code WTO},
 * {@code MFN}, {@code LDC-UN}, {@code PA-<code>}) with the tariff book's preferential arrangements.
 */
public final class ReferenceDataLoader {
    public static final String COUNTRIES = "country-codes.csv";
    public static final String COUNTRY_NAMES = "country-names.csv";
    public static final String CURRENCIES = "codes-all.csv";
    public static final String WTO_MEMBERS = "wto-members.csv";
    public static final String MFN_BILATERAL = "mfn-bilateral.csv";
    public static final String LDC_GRADUATIONS = "ldc-graduations.csv";
    public static final String ARRANGEMENTS = "cn-preferential-arrangements-2026.csv";
    public static final String LD_BENEFICIARIES = "cn-ld-beneficiaries-2026.csv";

    /** 《中华人民共和国进出口税则（2026）》: defines the arrangements' rate codes and partners. */
    public static final String LEGAL_ACT_TARIFF_2026 = "CN-TARIFF-2026";
    /** 《中华人民共和国关税法》 (2024): who is entitled to which kind of rate. */
    public static final String LEGAL_ACT_TARIFF_LAW = "CN-TARIFF-LAW";
    /** The WTO's list of members and their dates of membership. */
    public static final String SOURCE_WTO_MEMBERS = "WTO-MEMBERS";
    /** The UN list of least developed countries (UN-OHRLLS; UNSD M49 flags). */
    public static final String SOURCE_UN_LDC = "UN-LDC-LIST";

    public static final String ERGA_OMNES = "ERGA_OMNES";
    public static final String WTO = "WTO";
    public static final String MFN = "MFN";
    public static final String LDC_UN = "LDC-UN";
    public static final String ARRANGEMENT_GROUP_PREFIX = "PA-";

    /** The 2026 tariff book took effect on this day; we hold no earlier arrangement data, so memberships start here. */
    static final LocalDate TARIFF_2026_IN_FORCE = LocalDate.of(2026, 1, 1);
    /** The UN's first list of least developed countries (GA resolution 2768 (XXVI), 1971). */
    static final LocalDate UN_LDC_LIST_START = LocalDate.of(1971, 1, 1);

    private ReferenceDataLoader() {
    }

    /** Reference data from the files bundled in the core jar. */
    public static ReferenceData loadBundled() {
        return load(BundledResources.bundled());
    }

    /** Reference data from files named as the bundled ones, supplied by {@code files}. */
    public static ReferenceData load(Function<String, Reader> files) {
        List<Country> countries = countries(files);
        List<Currency> currencies = currencies(files);
        List<CountryGroup> groups = new ArrayList<>();
        groups.add(new CountryGroup(ERGA_OMNES, GroupKind.ERGA_OMNES, "All countries and territories (erga omnes)",
                "所有国家和地区", LEGAL_ACT_TARIFF_LAW, List.of()));
        List<GroupMembership> wto = datedMembers(files, WTO_MEMBERS, "member_since");
        groups.add(new CountryGroup(WTO, GroupKind.WTO, "Members of the World Trade Organization", "世界贸易组织成员",
                SOURCE_WTO_MEMBERS, wto));
        List<GroupMembership> mfn = new ArrayList<>(wto);
        mfn.addAll(datedMembers(files, MFN_BILATERAL, "member_since"));
        groups.add(new CountryGroup(MFN, GroupKind.MFN,
                "Entitled to most-favoured-nation rates (WTO members, bilateral MFN treaty partners, re-imported Chinese goods)",
                "适用最惠国税率的国家和地区", LEGAL_ACT_TARIFF_LAW, mfn));
        groups.add(new CountryGroup(LDC_UN, GroupKind.LEAST_DEVELOPED, "Least developed countries (UN list)",
                "最不发达国家（联合国名单）", SOURCE_UN_LDC, leastDeveloped(files)));
        List<PreferentialArrangement> arrangements = new ArrayList<>();
        arrangements(files, groups, arrangements);
        checkMembersKnown(countries, groups);
        return new ReferenceData(countries, currencies, groups, arrangements);
    }

    static List<Country> countries(Function<String, Reader> files) {
        Map<String, String[]> names = new HashMap<>();
        for (CSVRecord r : BundledResources.read(files, COUNTRY_NAMES)) {
            names.put(get(r, "iso2"), new String[] {get(r, "name_en"), get(r, "name_zh")});
        }
        List<Country> countries = new ArrayList<>();
        for (CSVRecord r : BundledResources.read(files, COUNTRIES)) {
            String code = get(r, "ISO3166-1-Alpha-2");
            if (code.isEmpty()) {
                continue; // rows without an ISO code (e.g. Sark) cannot be an origin on a declaration
            }
            String[] override = names.get(code);
            String en = override != null && !override[0].isEmpty() ? override[0]
                    : firstOf(unterm(get(r, "UNTERM English Short")), get(r, "CLDR display name"),
                    get(r, "official_name_en"));
            String zh = override != null && !override[1].isEmpty() ? override[1]
                    : firstOf(unterm(get(r, "UNTERM Chinese Short")), get(r, "official_name_cn"));
            String numeric = get(r, "ISO3166-1-numeric");
            if (numeric.matches("\\d{1,3}")) {
                numeric = "%03d".formatted(Integer.parseInt(numeric));
            }
            countries.add(new Country(code, get(r, "ISO3166-1-Alpha-3"), numeric, en, zh,
                    currencyOf(code, get(r, "ISO4217-currency_alphabetic_code"))));
        }
        return countries;
    }

    static List<Currency> currencies(Function<String, Reader> files) {
        Map<String, Currency> byCode = new LinkedHashMap<>();
        for (CSVRecord r : BundledResources.read(files, CURRENCIES)) {
            String code = get(r, "AlphabeticCode");
            if (code.isEmpty() || !get(r, "WithdrawalDate").isEmpty()) {
                continue;
            }
            String minor = get(r, "MinorUnit");
            int minorUnit = minor.matches("\\d+") ? Integer.parseInt(minor) : 0;
            byCode.putIfAbsent(code, new Currency(code, get(r, "Currency"), minorUnit));
        }
        return List.copyOf(byCode.values());
    }

    private static List<GroupMembership> datedMembers(Function<String, Reader> files, String file, String fromColumn) {
        List<GroupMembership> members = new ArrayList<>();
        for (CSVRecord r : BundledResources.read(files, file)) {
            members.add(new GroupMembership(iso2(r, file), date(r, file, fromColumn), null));
        }
        return members;
    }

    /**
     * The UN list as the M49 table flags it today, open-ended from the first list, plus the countries that have
     * graduated, each closed the day before its graduation (Bhutan 2023-12-13, Sao Tome and Principe 2024-12-13).
     */
    private static List<GroupMembership> leastDeveloped(Function<String, Reader> files) {
        Map<String, LocalDate> graduated = new HashMap<>();
        for (CSVRecord r : BundledResources.read(files, LDC_GRADUATIONS)) {
            graduated.put(iso2(r, LDC_GRADUATIONS), date(r, LDC_GRADUATIONS, "graduated"));
        }
        Map<String, GroupMembership> members = new LinkedHashMap<>();
        for (CSVRecord r : BundledResources.read(files, COUNTRIES)) {
            String code = get(r, "ISO3166-1-Alpha-2");
            if (!code.isEmpty() && "x".equalsIgnoreCase(get(r, "Least Developed Countries (LDC)"))) {
                members.put(code, new GroupMembership(code, UN_LDC_LIST_START, null));
            }
        }
        graduated.forEach((code, day) ->
                members.put(code, new GroupMembership(code, UN_LDC_LIST_START, day.minusDays(1))));
        return List.copyOf(members.values());
    }

    private static void arrangements(Function<String, Reader> files, List<CountryGroup> groups,
                                     List<PreferentialArrangement> arrangements) {
        List<GroupMembership> ldBeneficiaries = new ArrayList<>();
        for (CSVRecord r : BundledResources.read(files, LD_BENEFICIARIES)) {
            ldBeneficiaries.add(new GroupMembership(iso2(r, LD_BENEFICIARIES), TARIFF_2026_IN_FORCE, null));
        }
        for (CSVRecord r : BundledResources.read(files, ARRANGEMENTS)) {
            ArrangementCategory category = switch (get(r, "category")) {
                case "conventional" -> ArrangementCategory.CONVENTIONAL;
                case "special" -> ArrangementCategory.SPECIAL;
                default -> throw new ReferenceDataException("REF-020", ARRANGEMENTS + " row " + r.getRecordNumber()
                        + ": unknown category '" + get(r, "category") + "'");
            };
            String code = arrangementCode(get(r, "code"), category);
            String groupId = ARRANGEMENT_GROUP_PREFIX + code;
            List<GroupMembership> members;
            if ("LD".equals(code)) {
                members = ldBeneficiaries;
            } else {
                members = new ArrayList<>();
                for (String iso2 : get(r, "partners_iso2").split(";")) {
                    if (!iso2.isBlank()) {
                        members.add(new GroupMembership(iso2.strip(), TARIFF_2026_IN_FORCE, null));
                    }
                }
            }
            String nameEn = get(r, "name_en");
            String nameZh = get(r, "name_zh");
            groups.add(new CountryGroup(groupId, GroupKind.PREFERENTIAL_ARRANGEMENT, nameEn, nameZh,
                    LEGAL_ACT_TARIFF_2026, members));
            arrangements.add(new PreferentialArrangement(code, category, nameZh, nameEn, get(r, "short_zh"), groupId,
                    LEGAL_ACT_TARIFF_2026));
        }
    }

    /**
     * The project's code for a rate code of the tariff book. Conventional codes are kept; special-preference codes
     * that reuse a conventional code (亚太AP, 柬KH, 老LA, 缅MM in the 特惠 column) get "-S" so that both can coexist;
     * LD is unique and kept.
     */
    static String arrangementCode(String bookCode, ArrangementCategory category) {
        if (category == ArrangementCategory.SPECIAL && !"LD".equals(bookCode)) {
            return bookCode + "-S";
        }
        return bookCode;
    }

    private static void checkMembersKnown(List<Country> countries, List<CountryGroup> groups) {
        Map<String, Country> known = new HashMap<>();
        countries.forEach(c -> known.put(c.code(), c));
        for (CountryGroup g : groups) {
            for (GroupMembership m : g.memberships()) {
                if (!known.containsKey(m.country())) {
                    throw new ReferenceDataException("REF-021", "group " + g.id() + " names unknown country "
                            + m.country());
                }
            }
        }
    }

    /** M49 lists two currencies for some countries (e.g. Bhutan "INR,BTN"): prefer the country's own. */
    static String currencyOf(String iso2, String codes) {
        String[] parts = codes.split(",");
        for (String p : parts) {
            if (p.strip().startsWith(iso2)) {
                return p.strip();
            }
        }
        return parts[0].strip();
    }

    /** UNTERM short names carry a trailing "(the)" and a "*" for non-member observers: drop both. */
    private static String unterm(String name) {
        return name.replace("(the)", "").replace("*", "").strip();
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String iso2(CSVRecord r, String file) {
        String code = get(r, "iso2");
        if (!code.matches("[A-Z]{2}")) {
            throw new ReferenceDataException("REF-022", file + " row " + r.getRecordNumber() + ": '" + code
                    + "' is not an ISO 3166 alpha-2 code");
        }
        return code;
    }

    private static LocalDate date(CSVRecord r, String file, String column) {
        try {
            return LocalDate.parse(get(r, column));
        } catch (DateTimeParseException e) {
            throw new ReferenceDataException("REF-023", file + " row " + r.getRecordNumber() + ": " + column + " '"
                    + get(r, column) + "' is not a date YYYY-MM-DD");
        }
    }
}
