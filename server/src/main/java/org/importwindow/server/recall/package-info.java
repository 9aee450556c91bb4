/**
 * Recalls over HTTP and in the database (issue 5): {@link org.importwindow.server.recall.RecallService} is the
 * facade (the complaints' defect signals call {@code openInvestigation}); every step is an immutable row of
 * {@code recall_event}, folded by the core's {@code org.importwindow.recall.RecallCase}. The API is
 * {@code /api/v1/recalls/**} (importers for their own enterprise, the regulator for all) and the public notices
 * {@code /api/v1/recall-notices}. A case's affected scope (parties to tell, units per chain level) is read from the
 * stored EPCIS events by {@link org.importwindow.server.recall.TracedScope}.
 */
package org.importwindow.server.recall;
