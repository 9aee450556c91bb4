/**
 * The complaint pages (issue 5), Chinese and English, readable without JavaScript: a consumer files a complaint
 * through a GOV.UK-style form with an error summary and a "check your answers" step ({@code /complaints/new}),
 * lists their complaints ({@code /complaints}) and follows one ({@code /complaints/{reference}}); the regulator's
 * desk has the queue with the 7-working-day limit, overdue ones flagged, and the steps as plain forms
 * ({@code /regulator/complaints}), and the defect signals with their figures, similar-complaint groups and the
 * button that opens an investigation ({@code /regulator/signals}).
 */
package org.importwindow.server.web.complaint;
