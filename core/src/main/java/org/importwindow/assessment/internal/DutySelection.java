package org.importwindow.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.importwindow.assessment.Language;
import org.importwindow.reference.ReferenceData;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureCondition;
import org.importwindow.tariff.MeasureType;

import static org.importwindow.assessment.internal.Wording.zh;

/**
 * Chooses the customs duty rate for one item as the Tariff Law does (arts. 12-14, verify; before 2024-12-01 the
 * Import and Export Duties Regulations arts. 9-11): MFN origin -> MFN, replaced by a provisional rate where one
 * exists; an agreement partner's goods with proof of origin -> the lower of the conventional (or special
 * preferential) rate and the provisional rate; other or unknown origin -> general rate, never provisional; goods
 * within a tariff quota -> the in-quota rate, or the in-quota provisional rate if lower. {@code AUTO} takes the
 * lowest lawful amount (ties go to the rate that needs no proof), {@code NONE} claims no preference, an arrangement
 * code claims that one. Every measure considered is kept with its verdict and reason.
 *
 * <p>Reasons are functions of the language, worded only when read: each keeps its English and Chinese sentence side
 * by side so that the two cannot drift apart.
 */
public final class DutySelection {
    public static final String AUTO = "AUTO";
    public static final String NONE = "NONE";
    private static final String ERGA_OMNES = "ERGA_OMNES";

    /** The measure applied, or null when the line has no duty measure for the origin. */
    Candidate applied;
    /** Every measure considered, in the order of the law: MFN, provisional, general, quota, preferences. */
    final List<Candidate> considered = new ArrayList<>(6);
    /** Why the applied measure was chosen. */
    Function<Language, String> why;

    public static DutySelection select(List<Measure> measures, String origin, String preference, ItemFacts facts,
                                       ReferenceData reference, LocalDate date) {
        DutySelection s = new DutySelection();
        s.run(measures, origin, preference, facts, reference, date);
        return s;
    }

    private void run(List<Measure> measures, String origin, String preference, ItemFacts facts,
                     ReferenceData reference, LocalDate date) {
        Measure mfn = null;
        Measure provisional = null;
        Measure general = null;
        Measure inQuota = null;
        Measure inQuotaProvisional = null;
        List<Measure> preferential = new ArrayList<>(2);
        Measure claimedNotPartner = null;
        // measures come most specific code first: the first of each kind is the one that applies
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            switch (m.type()) {
                case MFN -> mfn = mfn == null ? m : mfn;
                case PROVISIONAL -> provisional = provisional == null && covers(reference, m, origin, date) ? m : provisional;
                case GENERAL -> general = general == null ? m : general;
                case IN_QUOTA -> inQuota = inQuota == null && covers(reference, m, origin, date) ? m : inQuota;
                case IN_QUOTA_PROVISIONAL -> inQuotaProvisional = inQuotaProvisional == null
                        && covers(reference, m, origin, date) ? m : inQuotaProvisional;
                case CONVENTIONAL, SPECIAL_PREFERENTIAL -> {
                    if (!hasArrangement(preferential, m.arrangement())) {
                        if (covers(reference, m, origin, date)) {
                            preferential.add(m);
                        } else if (m.arrangement() != null && m.arrangement().equals(preference)
                                && claimedNotPartner == null) {
                            claimedNotPartner = m;
                        }
                    }
                }
                default -> {
                }
            }
        }

        boolean mfnOrigin = !"ZZ".equals(origin) && ("CN".equals(origin)
                || reference.covers(mfn == null ? "MFN" : mfn.geographicalArea(), origin, date));
        Candidate cMfn = mfn == null ? null : add(new Candidate(mfn, facts));
        Candidate cProv = provisional == null ? null : add(new Candidate(provisional, facts));
        Candidate cGen = general == null ? null : add(new Candidate(general, facts));

        // the rate without any preference or quota
        Candidate baseline;
        if (mfnOrigin && (cProv != null || cMfn != null)) {
            baseline = cProv != null ? cProv : cMfn;
            baseline.eligible = true;
            if (cMfn != null && cProv != null) {
                cMfn.eligible = true;
                cMfn.reason = l -> zh(l)
                        ? Wording.measure(cMfn.measure, l) + "：由暂定税率 " + Wording.rate(cProv.measure.duty().text(), l)
                        + " 取代（有暂定税率的，适用暂定税率，不适用最惠国税率）"
                        : Wording.measure(cMfn.measure) + ": replaced by the provisional rate "
                        + cProv.measure.duty().text()
                        + " (provisional rates replace MFN rates)";
            }
            if (cGen != null) {
                cGen.reason = l -> zh(l)
                        ? Wording.measure(cGen.measure, l) + "：普通税率仅适用于原产于其他国家（地区）或原产地不明的货物"
                        : Wording.measure(cGen.measure) + ": the general rate is only for goods of other or unknown origin";
            }
        } else {
            baseline = cGen;
            if (cGen != null) {
                cGen.eligible = true;
            }
            Function<Language, String> whyNot = l -> "ZZ".equals(origin)
                    ? (zh(l) ? "原产地不明" : "origin unknown")
                    : zh(l) ? "原产于 " + origin + " 的货物在 " + date + " 不适用最惠国待遇"
                    : "origin " + origin + " is not entitled to MFN treatment on " + date;
            if (cMfn != null) {
                cMfn.reason = l -> Wording.measure(cMfn.measure, l) + (zh(l) ? "：" : ": ") + whyNot.apply(l);
            }
            if (cProv != null) {
                cProv.reason = l -> zh(l)
                        ? Wording.measure(cProv.measure, l) + "：适用普通税率的货物不适用暂定税率（" + whyNot.apply(l) + "）"
                        : Wording.measure(cProv.measure) + ": provisional rates never apply to goods at the general rate ("
                        + whyNot.apply(l) + ")";
            }
        }

        // tariff quota
        Candidate quota = null;
        Candidate cQuota = inQuota == null ? null : add(new Candidate(inQuota, facts));
        Candidate cQuotaProv = inQuotaProvisional == null ? null : add(new Candidate(inQuotaProvisional, facts));
        List<String> missing = new ArrayList<>(0);
        MeasureCondition[] failed = new MeasureCondition[1];
        for (Candidate q : new Candidate[] {cQuota, cQuotaProv}) {
            if (q == null) {
                continue;
            }
            int verdict = Conditions.evaluate(q.measure, facts, missing, failed);
            if (verdict == Conditions.HOLD && facts.quotaCertificate()) {
                q.eligible = true;
                if (quota == null || q.required().compareTo(quota.amount) < 0) {
                    quota = q;
                }
            } else {
                MeasureCondition failedCondition = failed[0];
                List<String> missed = List.copyOf(missing);
                boolean certificate = facts.quotaCertificate();
                q.reason = l -> Wording.measure(q.measure, l) + (zh(l) ? "：" : ": ") + (certificate
                        ? failedReason(verdict, failedCondition, missed, l)
                        : zh(l) ? "未申报关税配额证明" : "no quota certificate declared");
                missing.clear();
            }
        }

        // preferences the origin is a partner of
        Candidate claimed = null;
        List<Candidate> eligiblePrefs = new ArrayList<>(preferential.size());
        for (int i = 0; i < preferential.size(); i++) {
            Measure m = preferential.get(i);
            Candidate c = add(new Candidate(m, facts));
            int verdict = Conditions.evaluate(m, facts, missing, failed);
            if (verdict == Conditions.HOLD) {
                c.eligible = true;
                eligiblePrefs.add(c);
            } else {
                MeasureCondition failedCondition = failed[0];
                List<String> missed = List.copyOf(missing);
                c.reason = l -> Wording.measure(m, l) + (zh(l) ? "：" : ": ")
                        + failedReason(verdict, failedCondition, missed, l);
                missing.clear();
            }
            if (m.arrangement() != null && m.arrangement().equals(preference)) {
                claimed = c;
            }
        }
        if (claimedNotPartner != null) {
            Candidate c = add(new Candidate(claimedNotPartner, facts));
            c.reason = l -> zh(l)
                    ? Wording.measure(c.measure, l) + "：原产于 " + origin + " 的货物在 " + date + " 不适用优惠贸易安排 "
                    + c.measure.arrangement() + "（" + origin + " 不是该安排的成员）"
                    : Wording.measure(c.measure) + ": origin " + origin + " is not a partner of arrangement "
                    + c.measure.arrangement() + " on " + date;
            claimed = c;
        }

        Candidate noPreference = quota != null ? quota : baseline;
        Candidate quotaApplied = quota;
        Function<Language, String> noPreferenceWhy = l -> noPreferenceWhy(noPreference, quotaApplied, origin, l);
        if (NONE.equals(preference)) {
            choose(noPreference, l -> noPreferenceWhy.apply(l) + (zh(l) ? "；未申请优惠" : "; no preference claimed"));
            for (Candidate c : eligiblePrefs) {
                c.reason = l -> zh(l) ? Wording.measure(c.measure, l) + "：未申请（申报不申请优惠）"
                        : Wording.measure(c.measure) + ": not claimed (preference NONE)";
            }
        } else if (AUTO.equals(preference)) {
            Candidate best = null;
            BigDecimal bestAmount = null;
            Function<Language, String> bestWhy = null;
            // order matters for ties: the rate that needs no proof first
            if (baseline != null) {
                best = baseline;
                bestAmount = baseline.required();
                Candidate b = baseline;
                bestWhy = l -> noPreferenceWhy(b, null, origin, l);
            }
            if (quota != null && (best == null || quota.required().compareTo(bestAmount) < 0)) {
                best = quota;
                bestAmount = quota.amount;
                bestWhy = noPreferenceWhy;
            }
            for (Candidate c : eligiblePrefs) {
                Candidate effective = lowerOfPreferenceAndProvisional(c, cProv);
                if (best == null || effective.required().compareTo(bestAmount) < 0) {
                    best = effective;
                    bestAmount = effective.amount;
                    bestWhy = l -> zh(l)
                            ? effective == c ? "这是可适用的最低税率：原产于 " + origin + " 并已申报原产地证明的货物适用 "
                            + c.measure.arrangement() + " 项下的" + Wording.label(c.measure.type(), l)
                            : "这是可适用的最低税率：原产于 " + origin + " 的货物可适用" + Wording.measure(c.measure, l)
                            + "，但暂定税率更低，从低适用暂定税率"
                            : effective == c ? "the lowest lawful rate: " + Wording.label(c.measure.type())
                            + " rate of " + c.measure.arrangement() + " for goods of " + origin + " with proof of origin"
                            : "the lowest lawful rate: goods of " + origin + " qualify for " + Wording.measure(c.measure)
                            + " but the provisional rate is lower and applies instead";
                }
            }
            choose(best, bestWhy);
            for (Candidate c : considered) {
                if (c.eligible && !c.applied && c.reason == null && c.amount != null) {
                    c.reason = l -> zh(l)
                            ? Wording.measure(c.measure, l) + "：税额 " + Wording.yuan(c.amount, l) + "，不低于所适用税率的税额"
                            : Wording.measure(c.measure) + ": " + Wording.money(c.amount)
                            + " is not lower than the rate applied";
                }
            }
        } else {
            if (claimed != null && claimed.eligible) {
                Candidate effective = lowerOfPreferenceAndProvisional(claimed, cProv);
                Candidate cl = claimed;
                choose(effective, l -> zh(l)
                        ? effective == cl ? "原产于 " + origin + " 的货物凭原产地证明申请适用 " + cl.measure.arrangement()
                        + " 项下的" + Wording.label(cl.measure.type(), l)
                        : "申请适用" + Wording.measure(cl.measure, l) + "，但暂定税率更低，从低适用暂定税率"
                        : effective == cl
                        ? Wording.label(cl.measure.type()) + " rate of " + cl.measure.arrangement()
                        + " claimed for goods of " + origin + " with proof of origin"
                        : Wording.measure(cl.measure) + " claimed, but the provisional rate is lower and applies instead");
            } else {
                Candidate cl = claimed;
                Function<Language, String> because = l -> cl != null ? cl.reasonText(l)
                        : zh(l) ? "优惠贸易安排 " + preference + " 在 " + date + " 对本税号没有税率"
                        : "arrangement " + preference + " has no rate for this line on " + date;
                choose(noPreference, l -> zh(l)
                        ? noPreferenceWhy.apply(l) + "；所申请的优惠不适用（" + because.apply(l) + "）"
                        : noPreferenceWhy.apply(l) + "; the claimed preference does not apply (" + because.apply(l) + ")");
            }
            for (Candidate c : considered) {
                if (c.eligible && !c.applied && c.reason == null) {
                    c.reason = l -> zh(l) ? Wording.measure(c.measure, l) + "：已申请适用优惠贸易安排 " + preference
                            : Wording.measure(c.measure) + ": arrangement " + preference + " was claimed instead";
                }
            }
        }
        for (Candidate c : considered) {
            if (c.reason == null && !c.applied) {
                c.reason = l -> Wording.measure(c.measure, l) + (zh(l) ? "：不适用" : ": not applicable");
            }
        }
    }

    private void choose(Candidate c, Function<Language, String> reason) {
        applied = c;
        why = reason;
        if (c != null) {
            c.applied = true;
            c.eligible = true;
            c.reason = l -> Wording.measure(c.measure, l) + (zh(l) ? "：予以适用，" : ": applied, ") + reason.apply(l);
        }
    }

    private static Candidate lowerOfPreferenceAndProvisional(Candidate preference, Candidate provisional) {
        if (provisional != null && provisional.required().compareTo(preference.required()) < 0) {
            provisional.eligible = true;
            preference.reason = l -> zh(l)
                    ? Wording.measure(preference.measure, l) + "：暂定税率 " + Wording.rate(provisional.measure.duty().text(), l)
                    + " 更低（两者从低适用）"
                    : Wording.measure(preference.measure) + ": the provisional rate "
                    + provisional.measure.duty().text() + " is lower (the lower of the two applies)";
            return provisional;
        }
        return preference;
    }

    private static String noPreferenceWhy(Candidate c, Candidate quota, String origin, Language l) {
        return zh(l) ? noPreferenceWhyZh(c, quota, origin) : noPreferenceWhy(c, quota, origin);
    }

    private static String noPreferenceWhy(Candidate c, Candidate quota, String origin) {
        if (c == null) {
            return "no duty measure is in force for this line and origin";
        }
        if (c == quota) {
            return "goods within the tariff quota (quota certificate declared)";
        }
        return switch (c.measure.type()) {
            case PROVISIONAL -> "goods of " + origin + " are entitled to MFN treatment and a provisional rate replaces the MFN rate";
            case MFN -> "goods of " + origin + " are entitled to MFN treatment";
            case GENERAL -> "ZZ".equals(origin) ? "goods of unknown origin pay the general rate"
                    : "goods of " + origin + " are not entitled to MFN treatment on this date";
            default -> Wording.label(c.measure.type()) + " rate";
        };
    }

    private static String noPreferenceWhyZh(Candidate c, Candidate quota, String origin) {
        if (c == null) {
            return "本税号对该原产地没有有效的关税措施";
        }
        if (c == quota) {
            return "货物在关税配额内进口（已申报关税配额证明）";
        }
        return switch (c.measure.type()) {
            case PROVISIONAL -> "原产于 " + origin + " 的货物适用最惠国待遇，且本税号有暂定税率，适用暂定税率";
            case MFN -> "原产于 " + origin + " 的货物适用最惠国待遇";
            case GENERAL -> "ZZ".equals(origin) ? "原产地不明的货物适用普通税率"
                    : "原产于 " + origin + " 的货物在该日不适用最惠国待遇，适用普通税率";
            default -> "适用" + c.measure.type().nameZh();
        };
    }

    private static String failedReason(int verdict, MeasureCondition failed, List<String> missing, Language l) {
        return zh(l) ? failedReasonZh(verdict, failed, missing) : failedReason(verdict, failed, missing);
    }

    private static String failedReasonZh(int verdict, MeasureCondition failed, List<String> missing) {
        if (verdict == Conditions.UNKNOWN) {
            return "取决于未申报的 " + String.join("、", missing);
        }
        if (failed instanceof MeasureCondition.ProofOfOrigin) {
            return "未申报原产地证明";
        }
        if (failed instanceof MeasureCondition.QuotaCertificate) {
            return "未申报关税配额证明";
        }
        if (failed instanceof MeasureCondition.Licence licence) {
            return "未申报许可证 " + licence.kind();
        }
        return "不满足条件 " + failed.text();
    }

    private static String failedReason(int verdict, MeasureCondition failed, List<String> missing) {
        if (verdict == Conditions.UNKNOWN) {
            return "depends on " + String.join(", ", missing) + ", not declared";
        }
        if (failed instanceof MeasureCondition.ProofOfOrigin) {
            return "no proof of origin declared";
        }
        if (failed instanceof MeasureCondition.QuotaCertificate) {
            return "no quota certificate declared";
        }
        return "condition " + failed.text() + " not met";
    }

    private Candidate add(Candidate c) {
        considered.add(c);
        return c;
    }

    private static boolean hasArrangement(List<Measure> list, String arrangement) {
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i).arrangement();
            if (a != null && a.equals(arrangement)) {
                return true;
            }
        }
        return false;
    }

    /** ERGA_OMNES covers everyone even where reference data has no such group. */
    static boolean covers(ReferenceData reference, Measure m, String origin, LocalDate date) {
        String area = m.geographicalArea();
        return area == null || ERGA_OMNES.equals(area) || reference.covers(area, origin, date);
    }
}
