package org.importwindow.complaint;

/**
 * The knobs of the defect-signal test, with defaults chosen for small weekly counts.
 *
 * @param baselineWeeks    weeks before the tested week whose mean is the expected count (default 8: two months,
 *                         long enough to steady a mean of one or two a week, short enough to follow a product's
 *                         sales; EARS C-methods use 7 days, Farrington several years, which complaints lack)
 * @param minCount         fewest complaints in a week that can raise a signal (default 3), so one or two
 *                         complaints about a product nobody complained of before are not called a spike
 * @param maxP             the week is unusual when P(X ≥ observed | baseline) is below this (default 0.01)
 * @param minBaselineMean  the expected count never goes below this (default 0.5 a week): a product with no past
 *                         complaints would otherwise make any complaint infinitely surprising
 * @param recentWeeks      how many weeks up to the "as of" week are tested (default 2: this week and last, so a
 *                         spike in the last days of a week does not vanish on Monday)
 * @param similarity       Jaccard index at which two descriptions are grouped (default 0.2)
 */
public record SignalSettings(int baselineWeeks, int minCount, double maxP, double minBaselineMean, int recentWeeks,
                             double similarity) {

    public SignalSettings {
        if (baselineWeeks < 1 || minCount < 1 || maxP <= 0 || maxP >= 1 || minBaselineMean <= 0 || recentWeeks < 1
                || similarity <= 0 || similarity > 1) {
            throw new IllegalArgumentException("signal settings out of range");
        }
    }

    public static SignalSettings defaults() {
        return new SignalSettings(8, 3, 0.01, 0.5, 2, 0.2);
    }
}
