package org.importwindow.server.complaint;

import org.importwindow.complaint.SignalSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code importwindow.complaints.signals.*}: the defect-signal test's knobs, defaults as
 * {@link SignalSettings#defaults()} (see there for why), and whether demo complaints are seeded.
 */
@ConfigurationProperties("importwindow.complaints")
public record ComplaintProperties(@DefaultValue Signals signals, @DefaultValue("true") boolean demo) {

    /** The test's settings. */
    public record Signals(@DefaultValue("8") int baselineWeeks, @DefaultValue("3") int minCount,
                          @DefaultValue("0.01") double maxP, @DefaultValue("0.5") double minBaselineMean,
                          @DefaultValue("2") int recentWeeks, @DefaultValue("0.2") double similarity) {

        public SignalSettings settings() {
            return new SignalSettings(baselineWeeks, minCount, maxP, minBaselineMean, recentWeeks, similarity);
        }
    }
}
