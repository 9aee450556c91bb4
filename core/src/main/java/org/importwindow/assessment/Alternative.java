package org.importwindow.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.importwindow.tariff.MeasureType;

/**
 * A duty measure that was considered for an item: whether the goods qualify for it, the duty it would give
 * (null when it cannot be computed) and why it was or was not taken, e.g.
 * "conventional AU 0%: no proof of origin declared".
 *
 * <p>A final class rather than a record because the reason is worded when first read, in each language separately
 * (see {@link Explanation}): {@link #reason()} is English, {@link #reason(Language)} any language.
 */
public final class Alternative {
    private final long measureSid;
    private final MeasureType measureType;
    private final String arrangement;
    private final String expression;
    private final BigDecimal amount;
    private final boolean eligible;
    private final boolean applied;
    private final Function<Language, String> reasonText;
    private String reason;
    private String reasonZh;

    public Alternative(long measureSid, MeasureType measureType, String arrangement, String expression,
                       BigDecimal amount, boolean eligible, boolean applied, String reason) {
        this(measureSid, measureType, arrangement, expression, amount, eligible, applied, () -> reason);
    }

    public Alternative(long measureSid, MeasureType measureType, String arrangement, String expression,
                       BigDecimal amount, boolean eligible, boolean applied, Supplier<String> reason) {
        this(measureSid, measureType, arrangement, expression, amount, eligible, applied,
                reason == null ? null : (Function<Language, String>) language -> reason.get());
    }

    /** With the reason worded per language on first read in that language. */
    public Alternative(long measureSid, MeasureType measureType, String arrangement, String expression,
                       BigDecimal amount, boolean eligible, boolean applied, Function<Language, String> reason) {
        this.measureSid = measureSid;
        this.measureType = measureType;
        this.arrangement = arrangement;
        this.expression = expression;
        this.amount = amount;
        this.eligible = eligible;
        this.applied = applied;
        this.reasonText = reason == null ? language -> null : reason;
    }

    public long measureSid() {
        return measureSid;
    }

    public MeasureType measureType() {
        return measureType;
    }

    public String arrangement() {
        return arrangement;
    }

    public String expression() {
        return expression;
    }

    /** The duty this measure would give, rounded to the fen; null when it cannot be computed. */
    public BigDecimal amount() {
        return amount;
    }

    public boolean eligible() {
        return eligible;
    }

    public boolean applied() {
        return applied;
    }

    /** Why it was or was not taken, in English. */
    public String reason() {
        String r = reason;
        if (r == null) {
            r = reasonText.apply(Language.EN);
            reason = r;
        }
        return r;
    }

    /** Why it was or was not taken, in {@code language}. */
    public String reason(Language language) {
        if (language != Language.ZH) {
            return reason();
        }
        String r = reasonZh;
        if (r == null) {
            r = reasonText.apply(Language.ZH);
            reasonZh = r;
        }
        return r;
    }

    /** Why it was or was not taken, in the language of a tag such as {@code zh} or {@code en}. */
    public String reason(String language) {
        return reason(Language.of(language));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Alternative a && measureSid == a.measureSid && measureType == a.measureType
                && Objects.equals(arrangement, a.arrangement) && Objects.equals(expression, a.expression)
                && Objects.equals(amount, a.amount) && eligible == a.eligible && applied == a.applied
                && Objects.equals(reason(), a.reason());
    }

    @Override
    public int hashCode() {
        return Objects.hash(measureSid, measureType, arrangement, expression, amount, eligible, applied);
    }

    @Override
    public String toString() {
        return "Alternative[" + measureSid + " " + measureType + " " + arrangement + " " + expression + " " + amount
                + (applied ? " applied" : eligible ? " eligible" : "") + ": " + reason() + "]";
    }
}
