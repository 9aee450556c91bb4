/**
 * Import declarations in the single window: persistence, the lodging and workflow service (idempotent on the
 * declarant's reference, access by enterprise) and {@code /api/v1/declarations}. The decisions (checks, assessment,
 * risk, state machine) are the core's, called through {@link org.importwindow.server.declaration.DeclarationEngine}.
 * Advance declarations (arrival of the goods) and two-step declarations (full declaration linked to its summary,
 * overdue summaries listed and flagged) are {@link org.importwindow.server.declaration.ArrivalAndTwoStepService}'s.
 */
package org.importwindow.server.declaration;
