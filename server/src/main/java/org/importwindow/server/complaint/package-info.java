/**
 * Complaints and defect signals over HTTP (issue 5): {@code /api/v1/complaints/**} for consumers (their own
 * complaints only; another's answers 404) and the regulator (the queue with the 7-working-day acceptance limit,
 * accept, decline, mediate, close), {@code /api/v1/defect-signals} for the regulator. Every step is an appended
 * {@code complaint_event} row ({@code V9__complaints.sql}); the law is {@code org.importwindow.complaint}. Personal
 * data is masked in every answer but the regulator's; photos are stored and served without their metadata (GPS
 * position, owner, camera serial: {@link org.importwindow.complaint.PhotoMetadata}). An investigation opened from a signal goes through
 * {@link org.importwindow.server.complaint.InvestigationOpener}, backed by the recalls' {@code RecallService}.
 */
package org.importwindow.server.complaint;
