package org.importwindow.server.declaration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.importwindow.server.api.AssessmentJson;
import org.importwindow.server.api.JsonValues;
import org.importwindow.server.audit.StoredEvent;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A declaration as the API answers it: identity, status, channel, the assessment (the same shape as
 * {@code POST /api/v1/assessments}), the risk result (rules fired) and the declaration as lodged or last amended.
 */
public record DeclarationJson(String id, String reference, String importer, String declarationKind, String status,
                              String channel, LocalDate declarationDate, String payable, String paid,
                              String lodgedBy, OffsetDateTime lodgedAt, OffsetDateTime updatedAt,
                              @Schema(description = "the assessment, as POST /api/v1/assessments answers it")
                              AssessmentJson assessment,
                              @JsonRawValue @Schema(type = "object", description = "the risk result: channel and rules fired")
                              String risk,
                              @JsonRawValue @Schema(type = "object", description = "the declaration as lodged or last amended")
                              String declaration) {

    /**
     * The risk result and the request are stored as JSON text written by the server itself, so they are passed
     * through as they are rather than parsed into a tree and written again on every answer. The assessment is worded
     * from its stored figures ({@link DeclarationAssessments}).
     */
    public static DeclarationJson of(StoredDeclaration d, AssessmentJson assessment) {
        return new DeclarationJson(d.id(), d.reference(), d.importer(), d.kind(), d.status(), d.channel(),
                d.declarationDate(), JsonValues.money(d.payable()), JsonValues.money(d.paid()), d.lodgedBy(),
                d.lodgedAt(), d.updatedAt(), assessment, d.riskJson(), d.requestJson());
    }

    /** One line of a list: no snapshots. */
    public record Summary(String id, String reference, String importer, String declarationKind, String status,
                          String channel, LocalDate declarationDate, String payable, String paid,
                          OffsetDateTime lodgedAt, OffsetDateTime updatedAt) {
        public static Summary of(StoredDeclaration d) {
            return new Summary(d.id(), d.reference(), d.importer(), d.kind(), d.status(), d.channel(),
                    d.declarationDate(), JsonValues.money(d.payable()), JsonValues.money(d.paid()), d.lodgedAt(),
                    d.updatedAt());
        }
    }

    /** One event of the declaration's chain. */
    public record EventJson(long id, int sequence, String type, String actor, OffsetDateTime occurredAt,
                            String canonicalText, String previousHash, String hash) {
        static EventJson of(StoredEvent e) {
            return new EventJson(e.id(), e.sequence(), e.type(), e.actor(), e.occurredAt(), e.canonicalText(),
                    e.previousHash(), e.hash());
        }
    }
}
