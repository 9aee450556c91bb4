package org.importwindow.server.declaration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.importwindow.server.api.JsonValues;
import org.importwindow.server.audit.StoredEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declaration as the API answers it: identity, status, channel, the assessment (the same shape as
 * {@code POST /api/v1/assessments}), the risk result (rules fired) and the declaration as lodged or last amended.
 */
public record DeclarationJson(String id, String reference, String importer, String declarationKind, String status,
                              String channel, LocalDate declarationDate, String payable, String paid,
                              String lodgedBy, OffsetDateTime lodgedAt, OffsetDateTime updatedAt, JsonNode assessment,
                              JsonNode risk, JsonNode declaration) {

    public static DeclarationJson of(StoredDeclaration d, JsonMapper json) {
        return new DeclarationJson(d.id(), d.reference(), d.importer(), d.kind(), d.status(), d.channel(),
                d.declarationDate(), JsonValues.money(d.payable()), JsonValues.money(d.paid()), d.lodgedBy(),
                d.lodgedAt(), d.updatedAt(), tree(d.assessmentJson(), json), tree(d.riskJson(), json),
                tree(d.requestJson(), json));
    }

    private static JsonNode tree(String text, JsonMapper json) {
        return text == null ? null : json.readTree(text);
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
