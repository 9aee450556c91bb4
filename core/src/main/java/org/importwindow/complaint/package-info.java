/**
 * Complaints about imported consumer goods (12315-style), as law and as signals.
 *
 * <p>A {@link org.importwindow.complaint.Complaint} is the fold of its
 * {@link org.importwindow.complaint.ComplaintEvent}s (filed, accepted, declined with reason, mediation started,
 * closed with outcome); {@link org.importwindow.complaint.ComplaintDeadlines} computes the time limits of
 * 《市场监督管理投诉举报处理暂行办法》 (SAMR Order No. 20): acceptance decided within 7 working days of receipt
 * (第十四条), mediation within 45 working days of acceptance (第二十一条), the day counts read from
 * {@code law/parameters.yaml} and counted on a {@link org.importwindow.complaint.WorkingDayCalendar}.
 * {@link org.importwindow.complaint.Masking} hides personal data from everyone but the regulator. Photos are typed by
 * their bytes ({@link org.importwindow.complaint.PhotoType}) and lose their metadata before they are stored
 * ({@link org.importwindow.complaint.PhotoMetadata}: EXIF with its GPS position, XMP, IPTC, comments, PNG text chunks),
 * the image data copied byte for byte; the {@code PhotoAdded} event records what was removed.
 *
 * <p>Defect signals ({@link org.importwindow.complaint.DefectSignals}): complaints per product (GTIN, else model)
 * per ISO week tested against the product's own previous weeks with a one-sided Poisson test (expected count = mean
 * of the previous 8 weeks, floored at 0.5; flagged at ≥ 3 complaints and p &lt; 0.01), the approach of public-health
 * aberration detection (CDC EARS, Farrington) for small counts, where normal-theory scores break down. Descriptions
 * in a week are grouped by {@link org.importwindow.complaint.SimilarTexts} (Han character bigrams and English words,
 * Jaccard ≥ 0.2, single linkage), which needs no dictionary and works on mixed Chinese and English text.
 */
package org.importwindow.complaint;
