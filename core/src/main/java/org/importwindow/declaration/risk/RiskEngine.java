package org.importwindow.declaration.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.importwindow.enterprise.CreditLevel;
import org.importwindow.law.LegalParameters;
import org.importwindow.tariff.duty.Unit;

/**
 * Channels a declaration: sums the weights of the rules that fire, compares the sum with the thresholds and draws
 * the random sample at the importer's credit-level rate. Thread-safe; the same (input, seed) always gives the same
 * result.
 */
public final class RiskEngine {
    /** Parameter id prefix of the sampling rates; the suffix is {@link CreditLevel#parameterKey()}. */
    public static final String SAMPLING_RATE = "risk.sampling.rate.";
    public static final String ENCOURAGED_FACTOR = "risk.sampling.factor.encouraged-equipment";

    private final RiskRules rules;
    private final LegalParameters parameters;

    public RiskEngine(RiskRules rules, LegalParameters parameters) {
        this.rules = rules;
        this.parameters = parameters;
    }

    /** The sampling rate for an importer of {@code level} on {@code input}'s date (after the equipment factor). */
    public BigDecimal samplingRate(CreditLevel level, RiskInput input) {
        BigDecimal rate = parameters.value(SAMPLING_RATE + level.parameterKey(), input.date());
        if (allEncouraged(input)) {
            rate = rate.multiply(parameters.value(ENCOURAGED_FACTOR, input.date()));
        }
        return rate;
    }

    public RiskResult assess(RiskInput input, long seed) {
        List<FiredRule> fired = new ArrayList<>();
        for (RiskItem item : input.items()) {
            lowValue(item, fired);
            rules.rule("WATCH_LIST").ifPresent(r -> rules.watched(item.origin(), item.commodityCode(), input.date())
                    .ifPresent(w -> fired.add(fire(r, item.index(), item.origin() + " x " + item.commodityCode()
                            + ": " + w.reason()))));
            if (!"AUTO".equals(item.preference()) && !"NONE".equals(item.preference())
                    && !"IN_QUOTA".equals(item.preference()) && !item.proofOfOrigin()) {
                rules.rule("PREFERENCE_WITHOUT_PROOF").ifPresent(r -> fired.add(fire(r, item.index(),
                        "preference " + item.preference() + " claimed, no proof of origin declared")));
            }
        }
        if (input.previousDeclarations() <= 0) {
            rules.rule("FIRST_TIME_IMPORTER").ifPresent(r -> fired.add(fire(r, null,
                    "no earlier declaration of " + input.importer().uscc())));
        }
        if (input.importer().creditLevel() == CreditLevel.DISHONEST) {
            rules.rule("DISHONEST_ENTERPRISE").ifPresent(r -> fired.add(fire(r, null,
                    input.importer().uscc() + " is a dishonest enterprise")));
        }
        if (allEncouraged(input)) {
            rules.rule("ENCOURAGED_EQUIPMENT").ifPresent(r -> fired.add(fire(r, null,
                    "every item is on the encouraged complete equipment catalogue")));
        }
        int weight = 0;
        for (FiredRule f : fired) {
            weight += f.weight();
        }
        Channel channel = weight >= rules.redThreshold() ? Channel.RED
                : weight >= rules.yellowThreshold() ? Channel.YELLOW : Channel.GREEN;

        BigDecimal rate = samplingRate(input.importer().creditLevel(), input);
        double draw = new SplittableRandom(seedOf(seed, input.reference())).nextDouble();
        boolean selected = draw < rate.doubleValue();
        if (selected) {
            channel = Channel.RED;
            double d = draw;
            rules.rule("RANDOM_SAMPLING").ifPresent(r -> fired.add(fire(r, null, "draw " + d + " below the rate "
                    + rate.toPlainString() + " for " + input.importer().creditLevel().shortCode())));
            weight += rules.rule("RANDOM_SAMPLING").map(RiskRule::weight).orElse(0);
        }
        return new RiskResult(channel, weight, fired, new SamplingDraw(rate, draw, selected));
    }

    /** The seed of a declaration's draw: the caller's seed mixed with a 64-bit FNV-1a hash of the reference. */
    static long seedOf(long seed, String reference) {
        long h = 0xcbf29ce484222325L;
        for (byte b : (reference == null ? "" : reference).getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return seed * 0x9E3779B97F4A7C15L ^ h;
    }

    private boolean allEncouraged(RiskInput input) {
        if (input.items().isEmpty()) {
            return false;
        }
        for (RiskItem i : input.items()) {
            if (!rules.encouragedEquipment(i.commodityCode(), input.date())) {
                return false;
            }
        }
        return true;
    }

    private void lowValue(RiskItem item, List<FiredRule> fired) {
        RiskRule rule = rules.rule("LOW_UNIT_VALUE").orElse(null);
        if (rule == null || rule.ratio() == null || item.quantity() == null || item.quantity().signum() <= 0
                || item.customsValueCny() == null) {
            return;
        }
        RiskRules.ReferencePrice ref = rules.referencePrice(item.commodityCode()).orElse(null);
        Unit declared = Unit.of(item.unit()).orElse(null);
        Unit refUnit = Unit.of(ref == null ? null : ref.unit()).orElse(null);
        if (ref == null || declared == null || refUnit == null) {
            return;
        }
        BigDecimal quantity = declared.convert(item.quantity(), refUnit).orElse(null);
        if (quantity == null || quantity.signum() <= 0) {
            return;
        }
        BigDecimal perUnit = item.customsValueCny().divide(quantity, MathContext.DECIMAL64);
        if (perUnit.compareTo(ref.cnyPerUnit().multiply(rule.ratio())) < 0) {
            fired.add(fire(rule, item.index(), perUnit.setScale(2, RoundingMode.HALF_UP).toPlainString() + " CNY/"
                    + refUnit + " against a reference of " + ref.cnyPerUnit().toPlainString() + " CNY/" + refUnit));
        }
    }

    private static FiredRule fire(RiskRule r, Integer item, String detail) {
        return new FiredRule(r.code(), r.descriptionEn(), r.descriptionZh(), r.weight(), item, detail);
    }
}
