/**
 * The declarations' audit trail: append-only, hash-chained event rows, their verification over the API
 * ({@code /api/v1/audit/verify}) and as the {@code verify-audit} command.
 */
package org.importwindow.server.audit;
