package org.importwindow.server.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.importwindow.assessment.Alternative;
import org.importwindow.assessment.AppliedDuty;
import org.importwindow.assessment.AppliedTax;
import org.importwindow.assessment.Assessment;
import org.importwindow.assessment.Assessor;
import org.importwindow.assessment.ItemAssessment;
import org.importwindow.assessment.Totals;
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
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.duty.DutyExpression;

/**
 * A hand-made tariff of one wine line (22042100) with its MFN, general, China-Australia conventional rates,
 * consumption tax and VAT, for page tests that must not depend on the bundled data or the engine.
 */
final class SmallTariff {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LegalAct TARIFF_2026 = new LegalAct("TCC-2025-11", "税委会公告2025年第11号",
            "关于2026年关税调整方案的公告", "Announcement on the 2026 tariff adjustment plan", FROM, null);

    private SmallTariff() {
    }

    static TariffCatalogue.Snapshot snapshot(Assessor assessor) {
        Section iv = new Section("IV", 4, "Prepared foodstuffs; beverages, spirits and vinegar; tobacco",
                "食品；饮料、酒及醋；烟草");
        Nomenclature n = new Nomenclature(List.of(iv), List.of(
                new Commodity("22", null, "IV", "Beverages, spirits and vinegar", "饮料、酒及醋", false, null),
                new Commodity("2204", "22", "IV", "Wine of fresh grapes", "鲜葡萄酿造的酒", false, null),
                new Commodity("220421", "2204", "IV", "Other wine in containers holding 2 l or less",
                        "其他葡萄酒，装入2升及以下容器的", false, null),
                new Commodity("22042100", "220421", "IV", "In containers holding 2 l or less",
                        "装入2升及以下容器的葡萄酒", true, "LTR")));
        List<Measure> measures = List.of(
                measure(1, MeasureType.MFN, "22042100", "MFN", null, "14%"),
                measure(2, MeasureType.GENERAL, "22042100", "ERGA_OMNES", null, "180%"),
                new Measure(3, MeasureType.CONVENTIONAL, "22042100", "PA-AU", "AU", FROM, null,
                        DutyExpression.parse("0%"),
                        List.of(new MeasureCondition.ProofOfOrigin()), List.of(), "TCC-2025-11", null),
                measure(4, MeasureType.CONSUMPTION_TAX, "2204", "ERGA_OMNES", null, "10%"),
                measure(5, MeasureType.VAT, "22", "ERGA_OMNES", null, "13%"));
        TariffSchedule schedule = new TariffSchedule(n, measures, List.of(TARIFF_2026), List.of());
        LocalDate old = LocalDate.of(2001, 12, 11);
        ReferenceData reference = new ReferenceData(
                List.of(new Country("FR", "FRA", "250", "France", "法国", "EUR"),
                        new Country("AU", "AUS", "036", "Australia", "澳大利亚", "AUD")),
                List.of(new Currency("CNY", "Yuan Renminbi", 2), new Currency("EUR", "Euro", 2)),
                List.of(new CountryGroup("ERGA_OMNES", GroupKind.ERGA_OMNES, "All countries", "所有国家（地区）",
                                null, List.of()),
                        new CountryGroup("MFN", GroupKind.MFN, "Countries entitled to MFN treatment",
                                "适用最惠国待遇的国家（地区）", null, List.of(new GroupMembership("FR", old, null),
                                new GroupMembership("AU", old, null))),
                        new CountryGroup("PA-AU", GroupKind.PREFERENTIAL_ARRANGEMENT,
                                "China-Australia FTA partners", "中澳自贸协定成员", null,
                                List.of(new GroupMembership("AU", LocalDate.of(2015, 12, 20), null)))),
                List.of(new PreferentialArrangement("AU", ArrangementCategory.CONVENTIONAL, "《中华人民共和国政府和澳大利亚政府自由贸易协定》",
                        "China-Australia Free Trade Agreement", "澳", "PA-AU", null)));
        return new TariffCatalogue.Snapshot(schedule, reference, (currency, date) -> Optional.empty(),
                (id, date) -> BigDecimal.ZERO, assessor);
    }

    private static Measure measure(long sid, MeasureType type, String code, String area, String arrangement,
                                   String rate) {
        return new Measure(sid, type, code, area, arrangement, FROM, null, DutyExpression.parse(rate), List.of(),
                List.of(),
                "TCC-2025-11", null);
    }

    /** What the engine says about 100,000 yuan of French wine on 2026-03-16 (shared/examples/assessments.json). */
    static Assessment wineFromFrance() {
        return wineWithoutProofOfOrigin("FR");
    }

    /**
     * 100,000 yuan of wine on 2026-03-16 without a proof of origin: MFN 14% whatever the origin, so the figures of
     * shared/examples/assessments.json for France hold for Australia too (the AU rate needs the proof).
     */
    static Assessment wineWithoutProofOfOrigin(String origin) {
        AppliedDuty mfn = new AppliedDuty(1, MeasureType.MFN, null, "MFN", "14%", new BigDecimal("14000.00"),
                TARIFF_2026, FROM, null);
        ItemAssessment item = new ItemAssessment(0, "22042100", origin, new BigDecimal("100000.00"), mfn, List.of(),
                new AppliedTax(4, "10%", null, new BigDecimal("12666.67"), TARIFF_2026),
                new AppliedTax(5, "13%", new BigDecimal("0.13"), new BigDecimal("16466.67"), TARIFF_2026),
                List.of(origin + " is entitled to MFN treatment: MFN rate 14% applies"),
                List.of(new Alternative(1, MeasureType.MFN, null, "14%", new BigDecimal("14000.00"), true, true,
                                "MFN rate for an MFN origin"),
                        new Alternative(3, MeasureType.CONVENTIONAL, "AU", "0%", new BigDecimal("0.00"), false,
                                false, "AU".equals(origin) ? "conventional AU 0%: no proof of origin declared"
                                : "conventional AU 0%: " + origin + " is not a partner")));
        return new Assessment(LocalDate.of(2026, 3, 16), "CNY", null, List.of(item),
                new Totals(new BigDecimal("14000.00"), new BigDecimal("12666.67"), new BigDecimal("16466.67"),
                        new BigDecimal("43133.34"), List.of()), List.of());
    }
}
