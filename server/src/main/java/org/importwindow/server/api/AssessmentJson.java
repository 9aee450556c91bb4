package org.importwindow.server.api;

import java.time.LocalDate;
import java.util.List;
import org.importwindow.assessment.Alternative;
import org.importwindow.assessment.AppliedDuty;
import org.importwindow.assessment.AppliedTax;
import org.importwindow.assessment.Assessment;
import org.importwindow.assessment.ItemAssessment;
import org.importwindow.assessment.Language;
import org.importwindow.assessment.Totals;
import org.importwindow.server.api.ExchangeRateController.ExchangeRateJson;
import org.importwindow.server.api.JsonValues.LegalActJson;

/**
 * The answer of {@code POST /api/v1/assessments}, mapped from the core's {@link Assessment}. Amounts are strings with
 * exactly two decimals; {@code vat.rate} is a fraction ("0.13"). {@code explanation} and {@code reason} are
 * English; {@code explanationZh} and {@code reasonZh} say the same in Chinese.
 */
public record AssessmentJson(LocalDate date, String currency, ExchangeRateJson exchangeRate, List<ItemJson> items,
                             TotalsJson totals, List<String> explanation, List<String> explanationZh) {

    public record ItemJson(int index, String commodityCode, String origin, String customsValueCny, DutyJson duty,
                           List<DutyJson> additionalDuties, TaxJson consumptionTax, VatJson vat,
                           List<String> explanation, List<String> explanationZh, List<AlternativeJson> alternatives) {
    }

    public record DutyJson(long measureSid, String measureType, String arrangement, String geographicalArea,
                           String expression, String amount, LegalActJson legalAct, LocalDate validFrom,
                           LocalDate validTo) {
    }

    public record TaxJson(long measureSid, String expression, String amount, LegalActJson legalAct) {
    }

    public record VatJson(long measureSid, String rate, String amount, LegalActJson legalAct) {
    }

    public record AlternativeJson(long measureSid, String measureType, String arrangement, String expression,
                                  String amount, boolean eligible, boolean applied, String reason, String reasonZh) {
    }

    public record TotalsJson(String duty, String consumptionTax, String vat, String payable, List<String> waived) {
    }

    public static AssessmentJson of(Assessment a) {
        return new AssessmentJson(a.date(), a.currency(), ExchangeRateJson.of(a.exchangeRate()),
                a.items().stream().map(AssessmentJson::item).toList(), totals(a.totals()), a.explanation(),
                a.explanation(Language.ZH));
    }

    static ItemJson item(ItemAssessment i) {
        return new ItemJson(i.index(), i.commodityCode(), i.origin(), JsonValues.money(i.customsValueCny()),
                duty(i.duty()), i.additionalDuties().stream().map(AssessmentJson::duty).toList(),
                tax(i.consumptionTax()), vat(i.vat()), i.explanation(), i.explanation(Language.ZH),
                i.alternatives().stream().map(AssessmentJson::alternative).toList());
    }

    static DutyJson duty(AppliedDuty d) {
        if (d == null) {
            return null;
        }
        return new DutyJson(d.measureSid(), d.measureType() == null ? null : d.measureType().name(), d.arrangement(),
                d.geographicalArea(), d.expression(), JsonValues.money(d.amount()), LegalActJson.of(d.legalAct()),
                d.validFrom(), d.validTo());
    }

    static TaxJson tax(AppliedTax t) {
        if (t == null) {
            return null;
        }
        return new TaxJson(t.measureSid(), t.expression(), JsonValues.money(t.amount()), LegalActJson.of(t.legalAct()));
    }

    static VatJson vat(AppliedTax t) {
        if (t == null) {
            return null;
        }
        return new VatJson(t.measureSid(), JsonValues.fraction(t.rate()), JsonValues.money(t.amount()),
                LegalActJson.of(t.legalAct()));
    }

    static AlternativeJson alternative(Alternative a) {
        return new AlternativeJson(a.measureSid(), a.measureType() == null ? null : a.measureType().name(),
                a.arrangement(), a.expression(), JsonValues.money(a.amount()), a.eligible(), a.applied(), a.reason(),
                a.reason(Language.ZH));
    }

    static TotalsJson totals(Totals t) {
        return new TotalsJson(JsonValues.money(t.duty()), JsonValues.money(t.consumptionTax()),
                JsonValues.money(t.vat()), JsonValues.money(t.payable()), t.waived());
    }
}
