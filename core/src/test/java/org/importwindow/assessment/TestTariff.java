package org.importwindow.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.importwindow.exchange.CustomsExchangeRates;
import org.importwindow.exchange.ExchangeRate;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.Section;
import org.importwindow.reference.ArrangementCategory;
import org.importwindow.reference.Country;
import org.importwindow.reference.CountryGroup;
import org.importwindow.reference.Currency;
import org.importwindow.reference.GroupKind;
import org.importwindow.reference.GroupMembership;
import org.importwindow.reference.PreferentialArrangement;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.duty.DutyExpression;

/**
 * A small hand-built tariff for assessment tests (the real bundled data is loaded elsewhere). Rates follow the
 * 2026 tariff book where they exist; the lines and dates used are listed in each measure.
 */
public final class TestTariff {
    static final LocalDate FROM = LocalDate.of(2018, 1, 1);
    private static long sid = 1;
    private static final List<Measure> MEASURES = new ArrayList<>();

    private TestTariff() {
    }

    public static Assessor assessor() {
        return new Assessor(schedule(), reference(), rates(), DatedParameters.loadBundled());
    }

    static synchronized TariffSchedule schedule() {
        MEASURES.clear();
        sid = 1;
        MeasureCondition proof = new MeasureCondition.ProofOfOrigin();
        MeasureCondition quota = new MeasureCondition.QuotaCertificate();
        // wine
        m(MeasureType.MFN, "22042100", "MFN", null, "14%", "TCC-2025-11");
        m(MeasureType.GENERAL, "22042100", "ERGA_OMNES", null, "180%", "TCC-2025-11");
        m(MeasureType.CONVENTIONAL, "22042100", "PA-AU", "AU", "0%", "TCC-2025-11", proof);
        m(MeasureType.CONVENTIONAL, "22042100", "PA-JPR", "JPR", "7.6%", "TCC-2025-11", proof);
        m(MeasureType.ADDITIONAL, "22042100", "US", null, "10%", "TCC-2025-2");
        dated(MeasureType.ANTI_DUMPING, "22042100", "AU", "116.2%", LocalDate.of(2021, 3, 28), LocalDate.of(2024, 3, 28));
        m(MeasureType.CONSUMPTION_TAX, "2204", "ERGA_OMNES", null, "10%", "CT-2006");
        // spirits: 20% + 0.5 yuan per 500 ml
        m(MeasureType.MFN, "22083000", "MFN", null, "5%", "TCC-2025-11");
        m(MeasureType.GENERAL, "22083000", "ERGA_OMNES", null, "180%", "TCC-2025-11");
        m(MeasureType.CONSUMPTION_TAX, "2208", "ERGA_OMNES", null, "20% + 0.5 CNY/500MLT", "CT-2006");
        // beer: MFN 0; consumption tax by class per 988 litres (one tonne)
        m(MeasureType.MFN, "22030000", "MFN", null, "0%", "TCC-2025-11");
        m(MeasureType.GENERAL, "22030000", "ERGA_OMNES", null, "7.5 CNY/LTR", "TCC-2025-11");
        m(MeasureType.CONSUMPTION_TAX, "2203", "ERGA_OMNES", null, "250 CNY/988LTR", "CT-2006",
                attr("unitValueCny.988LTR", MeasureCondition.Comparator.GE, "3000"));
        m(MeasureType.CONSUMPTION_TAX, "2203", "ERGA_OMNES", null, "220 CNY/988LTR", "CT-2006",
                attr("unitValueCny.988LTR", MeasureCondition.Comparator.LT, "3000"));
        // VAT on chapter 22 goods: 17%, 16% from 2018-05-01, 13% from 2019-04-01
        dated(MeasureType.VAT, "22", "ERGA_OMNES", "17%", FROM, LocalDate.of(2018, 4, 30));
        dated(MeasureType.VAT, "22", "ERGA_OMNES", "16%", LocalDate.of(2018, 5, 1), LocalDate.of(2019, 3, 31));
        dated(MeasureType.VAT, "22", "ERGA_OMNES", "13%", LocalDate.of(2019, 4, 1), null);
        // cigarettes by class: 56% / 36% + 0.003 yuan per stick, class A from 70 yuan a carton
        m(MeasureType.MFN, "24022000", "MFN", null, "25%", "TCC-2025-11");
        m(MeasureType.GENERAL, "24022000", "ERGA_OMNES", null, "180%", "TCC-2025-11");
        m(MeasureType.CONSUMPTION_TAX, "2402", "ERGA_OMNES", null, "56% + 0.003 CNY/STICK", "CT-2015",
                attr("unitValueCny.CARTON", MeasureCondition.Comparator.GE, "70"));
        m(MeasureType.CONSUMPTION_TAX, "2402", "ERGA_OMNES", null, "36% + 0.003 CNY/STICK", "CT-2015",
                attr("unitValueCny.CARTON", MeasureCondition.Comparator.LT, "70"));
        m(MeasureType.VAT, "24", "ERGA_OMNES", null, "13%", "VAT-39");
        // beef: VAT 9% (agricultural product)
        m(MeasureType.MFN, "02013000", "MFN", null, "12%", "TCC-2025-11");
        m(MeasureType.GENERAL, "02013000", "ERGA_OMNES", null, "70%", "TCC-2025-11");
        m(MeasureType.CONVENTIONAL, "02013000", "PA-AU", "AU", "0%", "TCC-2025-11", proof);
        m(MeasureType.SPECIAL_PREFERENTIAL, "02", "PA-LD", "LD", "0%", "TCC-2024-LD", proof);
        dated(MeasureType.VAT, "02", "ERGA_OMNES", "10%", FROM, LocalDate.of(2019, 3, 31));
        dated(MeasureType.VAT, "02", "ERGA_OMNES", "9%", LocalDate.of(2019, 4, 1), null);
        // wheat: tariff quota
        m(MeasureType.MFN, "10019900", "MFN", null, "65%", "TCC-2025-11");
        m(MeasureType.GENERAL, "10019900", "ERGA_OMNES", null, "180%", "TCC-2025-11");
        m(MeasureType.IN_QUOTA, "10019900", "ERGA_OMNES", null, "1%", "TCC-2025-11", quota);
        m(MeasureType.VAT, "10", "ERGA_OMNES", null, "9%", "VAT-39");
        // a machine with a provisional rate: 10% MFN, 5% provisional, KR 6%, AU 3%
        m(MeasureType.MFN, "84715040", "MFN", null, "10%", "TCC-2025-11");
        m(MeasureType.PROVISIONAL, "84715040", "ERGA_OMNES", null, "5%", "TCC-2025-11");
        m(MeasureType.GENERAL, "84715040", "ERGA_OMNES", null, "30%", "TCC-2025-11");
        m(MeasureType.CONVENTIONAL, "84715040", "PA-KR", "KR", "6%", "TCC-2025-11", proof);
        m(MeasureType.CONVENTIONAL, "84715040", "PA-AU", "AU", "3%", "TCC-2025-11", proof);
        m(MeasureType.VAT, "84", "ERGA_OMNES", null, "13%", "VAT-39");
        // frozen chicken cuts: specific duty per kilogram
        m(MeasureType.MFN, "02071411", "MFN", null, "0.5 CNY/KGM", "TCC-2025-11");
        m(MeasureType.GENERAL, "02071411", "ERGA_OMNES", null, "MAX(70%, 1.3 CNY/KGM)", "TCC-2025-11");
        // cars by cylinder capacity (on the heading), a more specific measure on one line
        m(MeasureType.MFN, "8703", "MFN", null, "15%", "TCC-2025-11");
        m(MeasureType.GENERAL, "8703", "ERGA_OMNES", null, "230%", "TCC-2025-11");
        m(MeasureType.VAT, "87", "ERGA_OMNES", null, "13%", "VAT-39");
        String cap = "cylinderCapacityLitres";
        car("1%", null, "1.0");
        car("3%", "1.0", "1.5");
        car("5%", "1.5", "2.0");
        car("9%", "2.0", "2.5");
        car("12%", "2.5", "3.0");
        car("25%", "3.0", "4.0");
        m(MeasureType.CONSUMPTION_TAX, "8703", "ERGA_OMNES", null, "40%", "CT-2008",
                attr("batteryElectric", MeasureCondition.Comparator.EQ, "false"), attr(cap, MeasureCondition.Comparator.GT, "4.0"));
        // medium commercial passenger vehicles: 5% whatever the cylinder (more specific line)
        m(MeasureType.CONSUMPTION_TAX, "87032490", "ERGA_OMNES", null, "5%", "CT-2008");

        List<Commodity> commodities = List.of(
                c("02", null, "I", "Meat and edible meat offal", false, null),
                c("0201", "02", "I", "Meat of bovine animals, fresh or chilled", false, null),
                c("020130", "0201", "I", "Boneless", false, null),
                c("02013000", "020130", "I", "Boneless bovine meat, fresh or chilled", true, "KGM"),
                c("0207", "02", "I", "Meat of poultry", false, null),
                c("020714", "0207", "I", "Cuts of fowls, frozen", false, null),
                c("02071411", "020714", "I", "Chicken wings, frozen", true, "KGM"),
                c("10", null, "II", "Cereals", false, null),
                c("1001", "10", "II", "Wheat and meslin", false, null),
                c("100199", "1001", "II", "Other wheat", false, null),
                c("10019900", "100199", "II", "Other wheat and meslin", true, "KGM"),
                c("22", null, "IV", "Beverages, spirits and vinegar", false, null),
                c("2203", "22", "IV", "Beer made from malt", false, null),
                c("22030000", "2203", "IV", "Beer made from malt", true, "LTR"),
                c("2204", "22", "IV", "Wine of fresh grapes", false, null),
                c("220421", "2204", "IV", "In containers holding 2 l or less", false, null),
                c("22042100", "220421", "IV", "Wine in containers holding 2 l or less", true, "LTR"),
                c("2208", "22", "IV", "Spirits", false, null),
                c("220830", "2208", "IV", "Whiskies", false, null),
                c("22083000", "220830", "IV", "Whiskies", true, "LTR"),
                c("24", null, "IV", "Tobacco", false, null),
                c("2402", "24", "IV", "Cigars and cigarettes", false, null),
                c("240220", "2402", "IV", "Cigarettes containing tobacco", false, null),
                c("24022000", "240220", "IV", "Cigarettes containing tobacco", true, "STICK"),
                c("84", null, "XVI", "Machinery", false, null),
                c("8471", "84", "XVI", "Computers", false, null),
                c("847150", "8471", "XVI", "Processing units", false, null),
                c("84715040", "847150", "XVI", "Processing units, other", true, "PCE"),
                c("87", null, "XVII", "Vehicles", false, null),
                c("8703", "87", "XVII", "Motor cars", false, null),
                c("870323", "8703", "XVII", "Cylinder capacity 1500-3000 cc", false, null),
                c("87032342", "870323", "XVII", "Cars, cylinder capacity 1500-2000 cc", true, "PCE"),
                c("870324", "8703", "XVII", "Cylinder capacity over 3000 cc", false, null),
                c("87032490", "870324", "XVII", "Medium commercial passenger vehicles", true, "PCE"));
        List<Section> sections = List.of(new Section("I", 1, "Live animals", "活动物"),
                new Section("II", 2, "Vegetable products", "植物产品"),
                new Section("IV", 4, "Prepared foodstuffs", "食品"),
                new Section("XVI", 16, "Machinery", "机器"), new Section("XVII", 17, "Vehicles", "车辆"));
        List<LegalAct> acts = List.of(
                new LegalAct("TCC-2025-11", "税委会公告2025年第11号", "2026年关税调整方案", "Tariff adjustment plan 2026",
                        LocalDate.of(2025, 12, 29), null),
                new LegalAct("TCC-2025-2", "税委会公告2025年第2号", "加征关税", "Additional duties", null, null),
                new LegalAct("TCC-2024-LD", "税委会公告2024年第10号", "最不发达国家特惠税率", "LDC zero tariff", null, null),
                new LegalAct("CT-2006", "财税〔2006〕33号", "消费税", "Consumption tax", null, null),
                new LegalAct("CT-2015", "财税〔2015〕60号", "卷烟消费税", "Cigarette consumption tax", null, null),
                new LegalAct("CT-2008", "财税〔2008〕105号", "小汽车消费税", "Car consumption tax", null, null),
                new LegalAct("VAT-39", "财政部 税务总局 海关总署公告2019年第39号", "增值税", "VAT", null, null));
        return new TariffSchedule(new Nomenclature(sections, commodities), List.copyOf(MEASURES), acts, List.of());
    }

    private static void car(String rate, String above, String upTo) {
        List<MeasureCondition> conditions = new ArrayList<>();
        conditions.add(attr("batteryElectric", MeasureCondition.Comparator.EQ, "false"));
        if (above != null) {
            conditions.add(attr("cylinderCapacityLitres", MeasureCondition.Comparator.GT, above));
        }
        conditions.add(attr("cylinderCapacityLitres", MeasureCondition.Comparator.LE, upTo));
        m(MeasureType.CONSUMPTION_TAX, "8703", "ERGA_OMNES", null, rate, "CT-2008",
                conditions.toArray(new MeasureCondition[0]));
    }

    static ReferenceData reference() {
        List<Country> countries = List.of(country("FR", "EUR"), country("AU", "AUD"), country("JP", "JPY"),
                country("BR", "BRL"), country("ET", "ETB"), country("US", "USD"), country("KR", "KRW"),
                country("CN", "CNY"), country("KP", "KPW"));
        LocalDate wto = LocalDate.of(2001, 12, 11);
        List<GroupMembership> mfn = new ArrayList<>();
        for (String c : List.of("FR", "AU", "JP", "BR", "ET", "US", "KR")) {
            mfn.add(new GroupMembership(c, wto, null));
        }
        List<CountryGroup> groups = List.of(
                new CountryGroup("ERGA_OMNES", GroupKind.ERGA_OMNES, "All countries", "所有国家", null, List.of()),
                new CountryGroup("MFN", GroupKind.MFN, "MFN", "最惠国", null, mfn),
                group("PA-AU", new GroupMembership("AU", LocalDate.of(2015, 12, 20), null)),
                group("PA-JPR", new GroupMembership("JP", LocalDate.of(2022, 1, 1), null)),
                group("PA-KR", new GroupMembership("KR", LocalDate.of(2015, 12, 20), null)),
                group("PA-LD", new GroupMembership("ET", LocalDate.of(2010, 7, 1), null)));
        List<PreferentialArrangement> arrangements = List.of(
                arrangement("AU", ArrangementCategory.CONVENTIONAL), arrangement("JPR", ArrangementCategory.CONVENTIONAL),
                arrangement("KR", ArrangementCategory.CONVENTIONAL), arrangement("LD", ArrangementCategory.SPECIAL));
        List<Currency> currencies = List.of(new Currency("CNY", "Yuan", 2), new Currency("USD", "US dollar", 2),
                new Currency("EUR", "Euro", 2), new Currency("JPY", "Yen", 0));
        return new ReferenceData(countries, currencies, groups, arrangements);
    }

    /** USD at 7.1000 and JPY at 4.8000 per 100 for every month from 2018; no EUR rate (for ASM-005). */
    static CustomsExchangeRates rates() {
        return (currency, date) -> {
            if (date.isBefore(FROM)) {
                return Optional.empty();
            }
            return switch (currency) {
                case "USD" -> Optional.of(new ExchangeRate("USD", new BigDecimal("7.1000"), 1, YearMonth.from(date),
                        date.withDayOfMonth(1).minusDays(10), "test"));
                case "JPY" -> Optional.of(new ExchangeRate("JPY", new BigDecimal("4.8000"), 100, YearMonth.from(date),
                        date.withDayOfMonth(1).minusDays(10), "test"));
                default -> Optional.empty();
            };
        };
    }

    private static Country country(String code, String currency) {
        return new Country(code, code + "X", "000", code, code, currency);
    }

    private static CountryGroup group(String id, GroupMembership... members) {
        return new CountryGroup(id, GroupKind.PREFERENTIAL_ARRANGEMENT, id, id, null, List.of(members));
    }

    private static PreferentialArrangement arrangement(String code, ArrangementCategory category) {
        return new PreferentialArrangement(code, category, code, code, code, "PA-" + code, null);
    }

    private static Commodity c(String code, String parent, String section, String en, boolean declarable, String unit) {
        return new Commodity(code, parent, section, en, en, declarable, unit);
    }

    static MeasureCondition attr(String name, MeasureCondition.Comparator op, String value) {
        return new MeasureCondition.Attribute(name, op, value);
    }

    private static void m(MeasureType type, String code, String area, String arrangement, String duty, String act,
                          MeasureCondition... conditions) {
        MEASURES.add(new Measure(sid++, type, code, area, arrangement, FROM, null, DutyExpression.parse(duty),
                List.of(conditions), List.of(), act, null));
    }

    private static void dated(MeasureType type, String code, String area, String duty, LocalDate from, LocalDate to) {
        MEASURES.add(new Measure(sid++, type, code, area, null, from, to, DutyExpression.parse(duty), List.of(),
                List.of(), "TCC-2025-11", null));
    }
}
