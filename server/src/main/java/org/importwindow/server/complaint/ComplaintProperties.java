package org.importwindow.server.complaint;

import org.importwindow.complaint.SignalSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code importwindow.complaints.signals.*}: the defect-signal test's knobs, defaults as
 * {@link SignalSettings#defaults()} (see there for why), whether demo complaints are seeded, and
 * {@code importwindow.complaints.photos.*}: how many photos a complaint takes and how large each may be.
 */
@ConfigurationProperties("importwindow.complaints")
public record ComplaintProperties(@DefaultValue Signals signals, @DefaultValue("true") boolean demo,
                                  @DefaultValue Photos photos) {

    /**
     * The photo limits: 5 photos (as many as the filing form's references, {@code ComplaintRules.MAX_PHOTOS}) of
     * at most 5 MB each, enough for a phone picture and small enough to keep in the database. Checked in code on
     * every upload: the servlet's multipart limits (200 MB, for the bulk imports) are far larger.
     */
    public record Photos(@DefaultValue("5") int maxCount, @DefaultValue("5MB") DataSize maxSize) {
    }

    /** The test's settings. */
    public record Signals(@DefaultValue("8") int baselineWeeks, @DefaultValue("3") int minCount,
                          @DefaultValue("0.01") double maxP, @DefaultValue("0.5") double minBaselineMean,
                          @DefaultValue("2") int recentWeeks, @DefaultValue("0.2") double similarity) {

        public SignalSettings settings() {
            return new SignalSettings(baselineWeeks, minCount, maxP, minBaselineMean, recentWeeks, similarity);
        }
    }
}
