/**
 * Import declarations in the single window: persistence, the lodging and workflow service (idempotent on the
 * declarant's reference, access by enterprise) and {@code /api/v1/declarations}. The decisions (checks, assessment,
 * risk, state machine) are the core's, called through {@link org.importwindow.server.declaration.DeclarationEngine}.
 */
package org.importwindow.server.declaration;
