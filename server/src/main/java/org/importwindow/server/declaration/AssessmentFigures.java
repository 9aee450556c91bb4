package org.importwindow.server.declaration;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.assessment.AppliedDuty;
import org.importwindow.assessment.AppliedTax;
import org.importwindow.assessment.Assessment;
import org.importwindow.assessment.ItemAssessment;
import org.importwindow.server.api.AssessmentJson;
import org.importwindow.server.api.ExchangeRateController.ExchangeRateJson;
import org.importwindow.server.api.JsonValues;

/**
 * What a declaration's assessment decided, as stored with it: the date, currency and exchange rate, and for each
 * item its customs value and which measure gave each duty and tax with its amount; the totals. This is the record of
 * what is owed. The worded explanation (which measures applied and why, every alternative passed over, in English
 * and Chinese: about 3 KB per item) is not stored: it follows from the same request, date and tariff, so it is worded
 * again when the declaration is read ({@link DeclarationAssessments}) and shown only when that assessment still
 * gives exactly these figures.
 *
 * <p>Why not store the words: they were nine tenths of every declaration row, and writing them (and having the
 * database compress them) cost more than checking, assessing and channelling the declaration.
 */
public record AssessmentFigures(LocalDate date, String currency, String exchangeRate, List<Item> items,
                                String duty, String consumptionTax, String vat, String payable,
                                List<String> waived) {

    public AssessmentFigures {
        items = List.copyOf(items);
        waived = waived == null ? List.of() : List.copyOf(waived);
    }

    /** One goods item: customs value in yuan and each duty or tax as (measure, amount). */
    public record Item(int index, String commodityCode, String origin, String customsValueCny, Figure duty,
                       List<Figure> additionalDuties, Figure consumptionTax, Figure vat) {
        public Item {
            additionalDuties = additionalDuties == null ? List.of() : List.copyOf(additionalDuties);
        }
    }

    /** A duty or tax: the measure that gave it, its amount in yuan and (VAT) its rate. */
    public record Figure(long measureSid, String amount, String rate) {
    }

    public static AssessmentFigures of(Assessment a) {
        return new AssessmentFigures(a.date(), a.currency(),
                a.exchangeRate() == null ? null : JsonValues.rate(a.exchangeRate().rate()),
                a.items().stream().map(AssessmentFigures::item).toList(), JsonValues.money(a.totals().duty()),
                JsonValues.money(a.totals().consumptionTax()), JsonValues.money(a.totals().vat()),
                JsonValues.money(a.totals().payable()), a.totals().waived());
    }

    private static Item item(ItemAssessment i) {
        return new Item(i.index(), i.commodityCode(), i.origin(), JsonValues.money(i.customsValueCny()), duty(i.duty()),
                i.additionalDuties().stream().map(AssessmentFigures::duty).toList(), tax(i.consumptionTax()),
                tax(i.vat()));
    }

    private static Figure duty(AppliedDuty d) {
        return d == null ? null : new Figure(d.measureSid(), JsonValues.money(d.amount()), null);
    }

    private static Figure tax(AppliedTax t) {
        return t == null ? null : new Figure(t.measureSid(), JsonValues.money(t.amount()),
                t.rate() == null ? null : JsonValues.fraction(t.rate()));
    }

    /**
     * The assessment in the API's shape with the figures alone, for a declaration whose assessment can no longer be
     * worded again with the same result (the tariff or the exchange rates were corrected after it was assessed):
     * the stored figures stand, and the explanation says so instead of describing today's data.
     */
    public AssessmentJson withoutWords() {
        List<String> en = List.of("Figures as assessed when the declaration was lodged or last amended. The tariff or "
                + "exchange-rate data changed since, so the explanation is not worded again from today's data.");
        List<String> zh = List.of("以下为申报（或最近一次修改）时核定的税款。此后税则或汇率数据已有变更，故不再依据现行数据重新生成说明。");
        return new AssessmentJson(date, currency,
                exchangeRate == null ? null : new ExchangeRateJson(currency, exchangeRate, 1, null, null, null),
                items.stream().map(i -> new AssessmentJson.ItemJson(i.index(), i.commodityCode(), i.origin(),
                        i.customsValueCny(), dutyJson(i.duty()), i.additionalDuties().stream()
                        .map(AssessmentFigures::dutyJson).toList(), taxJson(i.consumptionTax()), vatJson(i.vat()),
                        List.of(), List.of(), List.of())).toList(),
                new AssessmentJson.TotalsJson(duty, consumptionTax, vat, payable, waived), en, zh);
    }

    private static AssessmentJson.DutyJson dutyJson(Figure f) {
        return f == null ? null : new AssessmentJson.DutyJson(f.measureSid(), null, null, null, null, f.amount(), null,
                null, null);
    }

    private static AssessmentJson.TaxJson taxJson(Figure f) {
        return f == null ? null : new AssessmentJson.TaxJson(f.measureSid(), null, f.amount(), null);
    }

    private static AssessmentJson.VatJson vatJson(Figure f) {
        return f == null ? null : new AssessmentJson.VatJson(f.measureSid(), f.rate(), f.amount(), null);
    }
}
