package org.importwindow.server.officer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.importwindow.server.declaration.DeclarationJson;
import org.importwindow.server.declaration.DeclarationAssessments;
import org.importwindow.server.declaration.DeclarationService;
import org.importwindow.server.declaration.StoredDeclaration;
import org.importwindow.server.security.AppUser;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The customs officer's work: the queue of declarations selected for control, and decisions on them. */
@RestController
@RequestMapping(path = "/api/v1/officer", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Officer", description = "Customs officers: the control queue and decisions (declarants get 403)")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class OfficerController {
    private final DeclarationService service;
    private final JsonMapper json;
    private final DeclarationAssessments assessments;

    public OfficerController(DeclarationService service, JsonMapper json, DeclarationAssessments assessments) {
        this.service = service;
        this.json = json;
        this.assessments = assessments;
    }

    /** A declaration waiting for an officer, with the risk rules that fired. */
    public record QueueEntry(String id, String reference, String importer, String status, String channel,
                             String declarationDate, String payable, String paid, String lodgedAt, JsonNode risk) {
        static QueueEntry of(StoredDeclaration d, JsonMapper json) {
            DeclarationJson.Summary s = DeclarationJson.Summary.of(d);
            return new QueueEntry(s.id(), s.reference(), s.importer(), s.status(), s.channel(),
                    String.valueOf(s.declarationDate()), s.payable(), s.paid(), String.valueOf(s.lodgedAt()),
                    d.riskJson() == null ? null : json.readTree(d.riskJson()));
        }
    }

    /** An officer's decision. */
    public record DecisionJson(
            @Schema(description = "DOCUMENTS_CHECKED, INSPECTED_OK, HOLD, RELEASE or REJECT", example = "RELEASE")
            String decision,
            @Schema(description = "The officer's note, kept in the event", example = "documents in order")
            String note) {
    }

    @GetMapping("/queue")
    @Operation(summary = "Declarations selected for documentary or physical control, or held, newest first")
    public List<QueueEntry> queue() {
        return service.queue().stream().map(d -> QueueEntry.of(d, json)).toList();
    }

    @PostMapping(path = "/declarations/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Decide on a declaration: documents checked, inspection passed, hold, release or reject",
            description = "409 when the decision does not fit the declaration's status.")
    public DeclarationJson decide(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                  @RequestBody(required = false) DecisionJson body) {
        return assessments.answer(service.decide(user, id, body == null ? null : body.decision(),
                body == null ? null : body.note()));
    }
}
