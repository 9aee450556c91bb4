package org.importwindow.server.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the declarations' event chains (officers and administrators). */
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit", description = "The tamper-evident event chains of the declarations")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class AuditController {
    private final AuditVerifier verifier;

    public AuditController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @Operation(summary = "Verify every event chain: {\"valid\":true,\"checked\":N} or the first broken event",
            description = "Officers and administrators. Recomputes each event's SHA-256 from its previous hash and "
                    + "canonical text; a broken chain answers 200 with valid=false and brokenEvent "
                    + "{id, declarationId, sequence, type, reason}.")
    public AuditVerifier.Outcome verify() {
        return verifier.verify();
    }
}
