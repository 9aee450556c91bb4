package org.importwindow.server.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A declaration's row: identity, the current status and channel (a projection of its events), the request as
 * lodged (JSON), the assessment's figures ({@link AssessmentFigures}, JSON; {@code assessmentJson} is the worded
 * snapshot kept by rows written before the figures were) and the risk result (JSON text), the core's state after the last event
 * (JSON: the fold of the events, so a command needs no replay) and the amounts payable and paid.
 */
public record StoredDeclaration(String id, String importer, String reference, String requestHash, String kind,
                                String status, String channel, LocalDate declarationDate, String requestJson,
                                String assessmentJson, String assessmentFigures, String riskJson, String stateJson, BigDecimal payable,
                                BigDecimal paid,
                                String lodgedBy, OffsetDateTime lodgedAt, OffsetDateTime updatedAt, int version) {
}
