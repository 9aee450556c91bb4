package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.importwindow.assessment.Alternative;
import org.importwindow.assessment.AppliedDuty;
import org.importwindow.assessment.AppliedTax;
import org.importwindow.assessment.Language;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.MeasureType;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.duty.ResolvedDuty;
import org.importwindow.tariff.duty.Unit;

import static org.importwindow.assessment.internal.Wording.zh;

/**
 * Computes one goods item: duty (via {@link DutySelection}), additional duties, consumption tax and VAT, each
 * rounded once to the fen at the end of its own computation, a later tax using the earlier ones' rounded amounts.
 * Attributes a consumption-tax (or additional-duty) condition needs but that were not declared are collected in
 * {@link #missingAttributes} instead of being guessed; unit-value alternatives (see {@link Conditions}) are asked for
 * together ({@link #missingRequests}). When consumption-tax measures are in force but none applies, the explanation
 * says why each was passed over (e.g. a unit value below the high-end threshold). Each explanation line is a
 * function of the language, worded only when read, its English and Chinese sentences side by side.
 */
public final class ItemResult {
    private static final BigDecimal ZERO_FEN = BigDecimal.ZERO.setScale(2);

    public AppliedDuty duty;
    public final List<AppliedDuty> additionalDuties = new ArrayList<>(0);
    public AppliedTax consumptionTax;
    public AppliedTax vat;
    public final org.importwindow.assessment.Explanation.Builder explanation =
            new org.importwindow.assessment.Explanation.Builder();
    public final List<Alternative> alternatives = new ArrayList<>(4);
    public final List<String> missingAttributes = new ArrayList<>(0);
    /** No MFN or general rate is in force for the line on the date: the date is outside the tariff data. */
    public boolean noBaseRate;
    /** The measures in force, kept only when attributes are missing (to tell alternatives apart). */
    private List<Measure> measures = List.of();

    /** Throws {@link org.importwindow.tariff.duty.DutyExpressionException} when a needed expression cannot be evaluated. */
    public static ItemResult compute(TariffSchedule schedule, ReferenceData reference, LocalDate date, String code,
                                     String origin, String preference, ItemFacts facts) {
        ItemResult r = new ItemResult();
        r.run(schedule, reference, date, code, origin, preference, facts);
        return r;
    }

    private void run(TariffSchedule schedule, ReferenceData reference, LocalDate date, String code, String origin,
                     String preference, ItemFacts facts) {
        List<Measure> measures = schedule.measuresFor(code, date);
        BigDecimal value = facts.valueCny();

        // 1. customs duty
        DutySelection selection = DutySelection.select(measures, origin, preference, facts, reference, date);
        Candidate chosen = selection.applied;
        if (chosen == null) {
            noBaseRate = true;
            duty = new AppliedDuty(0, null, null, null, null, ZERO_FEN, null, null, null);
            explanation.add(l -> zh(l) ? "关税：税号 " + code + " 在 " + date + " 没有有效的关税措施，不征收关税。"
                    : "Duty: no duty measure is in force for " + code + " on " + date + "; no duty charged.");
        } else {
            Measure m = chosen.measure;
            LegalAct act = act(schedule, m);
            duty = new AppliedDuty(m.sid(), m.type(), m.arrangement(), m.geographicalArea(), m.duty().text(),
                    chosen.required(), act, m.validFrom(), m.validTo());
            explanation.add(l -> zh(l)
                    ? "关税 " + Wording.yuan(chosen.amount, l) + "：" + Wording.measure(m, l) + branch(chosen.resolved, l)
                    + "（" + Wording.source(m, act, l) + "），因为" + selection.why.apply(l) + "。"
                    : "Duty " + Wording.money(chosen.amount) + " CNY: " + Wording.measure(m)
                    + branch(chosen.resolved, l) + " (" + Wording.source(m, act) + ") because " + selection.why.apply(l) + ".");
        }
        List<Candidate> considered = selection.considered;
        for (int i = 0; i < considered.size(); i++) {
            Candidate c = considered.get(i);
            alternatives.add(new Alternative(c.measure.sid(), c.measure.type(), c.measure.arrangement(),
                    c.measure.duty() == null ? null : c.measure.duty().text(), c.amount, c.eligible, c.applied,
                    c.reason));
            if (!c.applied) {
                explanation.add(l -> zh(l) ? "未采用：" + c.reasonText(l) + "。" : "Passed over " + c.reasonText(l) + ".");
            }
        }

        // 2. additional duties on the origin's goods stack on top
        BigDecimal totalDuty = duty.amount();
        Measure ct = null;
        Measure vatMeasure = null;
        // consumption-tax measures in force passed over on their conditions, to say why none applied
        List<Measure> ctPassed = null;
        List<MeasureCondition> ctFailed = null;
        MeasureCondition[] failed = new MeasureCondition[1];
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            MeasureType type = m.type();
            if (type.family() == MeasureType.Family.ADDITIONAL_DUTY) {
                if (m.duty() == null || !DutySelection.covers(reference, m, origin, date)
                        || Conditions.evaluate(m, facts, missingAttributes, failed, measures) != Conditions.HOLD) {
                    continue;
                }
                ResolvedDuty rd = m.duty().resolve(facts.base());
                BigDecimal amount = Wording.fen(rd.amountOn(value));
                LegalAct act = act(schedule, m);
                additionalDuties.add(new AppliedDuty(m.sid(), type, m.arrangement(), m.geographicalArea(),
                        m.duty().text(), amount, act, m.validFrom(), m.validTo()));
                totalDuty = totalDuty.add(amount);
                explanation.add(l -> zh(l)
                        ? type.nameZh() + " " + Wording.yuan(amount, l) + "：税率 " + Wording.rate(m.duty().text(), l) + "，对原产于 "
                        + m.geographicalArea() + " 的货物征收（" + Wording.source(m, act, l) + "），在关税之外另行征收。"
                        : "Additional duty " + Wording.money(amount) + " CNY: " + Wording.measure(m)
                        + " on goods of " + m.geographicalArea() + " (" + Wording.source(m, act)
                        + "), charged in addition to the customs duty.");
            } else if (type == MeasureType.CONSUMPTION_TAX) {
                // the most specific measure whose conditions hold; undecidable ones before it need attributes
                if (ct == null && m.duty() != null) {
                    int verdict = Conditions.evaluate(m, facts, missingAttributes, failed, measures);
                    if (verdict == Conditions.HOLD) {
                        ct = m;
                    } else if (verdict == Conditions.FAIL) {
                        if (ctPassed == null) {
                            ctPassed = new ArrayList<>(3);
                            ctFailed = new ArrayList<>(3);
                        }
                        ctPassed.add(m);
                        ctFailed.add(failed[0]);
                    }
                }
            } else if (type == MeasureType.VAT && vatMeasure == null && m.duty() != null
                    && Conditions.evaluate(m, facts, missingAttributes, failed, measures) == Conditions.HOLD) {
                vatMeasure = m;
            }
        }
        if (!missingAttributes.isEmpty()) {
            this.measures = measures;
            return;
        }

        // 3. consumption tax on the composite price
        BigDecimal ctAmount = ZERO_FEN;
        if (ct == null) {
            consumptionTax = new AppliedTax(0, null, null, ZERO_FEN, null);
            if (ctPassed != null) {
                List<Measure> passed = ctPassed;
                List<MeasureCondition> why = ctFailed;
                List<LegalAct> acts = new ArrayList<>(passed.size());
                for (int i = 0; i < passed.size(); i++) {
                    acts.add(act(schedule, passed.get(i)));
                }
                explanation.add(l -> ConditionWording.whyNotDue(passed, why, acts, facts, l));
            }
        } else {
            ResolvedDuty rd = ct.duty().resolve(facts.base());
            BigDecimal rate = rd.adValoremRate();
            BigDecimal specific = rd.specificAmount();
            BigDecimal tax;
            if (rate.signum() == 0) {
                tax = specific;
            } else {
                // composite = (value + duty + specific) / (1 - rate); tax = composite x rate + specific
                BigDecimal base = value.add(totalDuty).add(specific);
                tax = base.multiply(rate).divide(BigDecimal.ONE.subtract(rate), 10, java.math.RoundingMode.HALF_UP)
                        .add(specific);
            }
            ctAmount = Wording.fen(tax);
            LegalAct act = act(schedule, ct);
            consumptionTax = new AppliedTax(ct.sid(), ct.duty().text(), null, ctAmount, act);
            Measure ctMeasure = ct;
            BigDecimal ctTax = ctAmount;
            explanation.add(l -> zh(l)
                    ? "消费税 " + Wording.yuan(ctTax, l) + "：" + Wording.rate(ctMeasure.duty().text(), l) + branch(rd, l)
                    + (rate.signum() == 0 ? "，从量计征"
                    : specific.signum() == 0 ? "，按组成计税价格（完税价格＋关税）÷（1－消费税比例税率）计征"
                    : "，按组成计税价格（完税价格＋关税＋从量税额）÷（1－消费税比例税率）从价计征，另加从量税额")
                    + "（" + Wording.source(ctMeasure, act, l) + "）" + ConditionWording.whyApplies(ctMeasure, facts, l) + "。"
                    : "Consumption tax " + Wording.money(ctTax) + " CNY: " + ctMeasure.duty().text()
                    + branch(rd, l) + (rate.signum() == 0 ? " on the quantity"
                    : specific.signum() == 0 ? " on the composite price (value + duty) / (1 - rate)"
                    : " on the composite price (value + duty + specific tax) / (1 - rate), plus the specific tax")
                    + " (" + Wording.source(ctMeasure, act) + ")" + ConditionWording.whyApplies(ctMeasure, facts, l) + ".");
        }

        // 4. import VAT on value + duties + consumption tax
        if (vatMeasure == null) {
            vat = new AppliedTax(0, null, null, ZERO_FEN, null);
            explanation.add(l -> zh(l) ? "进口环节增值税：税号 " + code + " 在 " + date + " 没有有效的增值税措施。"
                    : "Import VAT: no VAT measure is in force for " + code + " on " + date + ".");
        } else {
            ResolvedDuty rd = vatMeasure.duty().resolve(facts.base());
            BigDecimal base = value.add(totalDuty).add(ctAmount);
            BigDecimal amount = Wording.fen(base.multiply(rd.adValoremRate()).add(rd.specificAmount()));
            LegalAct act = act(schedule, vatMeasure);
            vat = new AppliedTax(vatMeasure.sid(), vatMeasure.duty().text(), rd.adValoremRate(), amount, act);
            Measure vm = vatMeasure;
            explanation.add(l -> zh(l)
                    ? "进口环节增值税 " + Wording.yuan(amount, l) + "：" + Wording.rate(vm.duty().text(), l)
                    + "，计税价格为完税价格＋关税＋消费税＝" + Wording.yuan(base, l) + "（" + Wording.source(vm, act, l) + "）。"
                    : "Import VAT " + Wording.money(amount) + " CNY: " + vm.duty().text()
                    + " on value + duty + consumption tax = " + Wording.money(base) + " CNY ("
                    + Wording.source(vm, act) + ").");
        }
    }

    /**
     * The missing attributes as requests to the declarant: a unit-value attribute together with the missing ones of
     * its alternatives in units of other kinds (any one of them decides, see {@link Conditions}), every other
     * attribute alone. In the order first missed.
     */
    public List<List<String>> missingRequests() {
        List<String> names = new ArrayList<>(new LinkedHashSet<>(missingAttributes));
        List<List<String>> requests = new ArrayList<>(names.size());
        Set<String> asked = new HashSet<>();
        for (String name : names) {
            if (!asked.add(name)) {
                continue;
            }
            List<String> request = new ArrayList<>(3);
            request.add(name);
            Unit own = ItemFacts.unitValueUnit(name);
            if (own != null) {
                for (Measure m : measures) {
                    if (names(m).contains(name)) {
                        for (Measure other : measures) {
                            if (other.type() != m.type() || !other.commodityCode().equals(m.commodityCode())) {
                                continue;
                            }
                            for (String alternative : names(other)) {
                                Unit u = ItemFacts.unitValueUnit(alternative);
                                if (u != null && u.dimension() != own.dimension() && names.contains(alternative)
                                        && asked.add(alternative)) {
                                    request.add(alternative);
                                }
                            }
                        }
                    }
                }
            }
            requests.add(List.copyOf(request));
        }
        return requests;
    }

    private static List<String> names(Measure m) {
        List<String> names = new ArrayList<>(m.conditions().size());
        for (MeasureCondition c : m.conditions()) {
            if (c instanceof MeasureCondition.Attribute a) {
                names.add(a.name());
            }
        }
        return names;
    }

    private static String branch(ResolvedDuty rd, Language l) {
        if (rd == null || rd.branch() == null) {
            return "";
        }
        return zh(l) ? "（其中适用 " + Wording.rate(rd.branch(), l) + "）" : " [" + rd.branch() + " applies]";
    }

    private static LegalAct act(TariffSchedule schedule, Measure m) {
        return m.legalAct() == null ? null : schedule.legalAct(m.legalAct()).orElse(null);
    }
}
