package org.importwindow.tariff.duty;

/** What MIN and MAX share: resolve both operands and keep the one that gives the lower (or higher) duty. */
final class Choice {
    private Choice() {
    }

    /** On a tie the first operand stands, so the branch shown is stable. */
    static ResolvedDuty resolve(DutyExpression a, DutyExpression b, DutyBase base, boolean lower) {
        ResolvedDuty ra = a.resolve(base);
        ResolvedDuty rb = b.resolve(base);
        int order = ra.amountOn(base.customsValueCny()).compareTo(rb.amountOn(base.customsValueCny()));
        boolean takeA = lower ? order <= 0 : order >= 0;
        return takeA ? ResolvedDuty.branch(ra, a) : ResolvedDuty.branch(rb, b);
    }
}
