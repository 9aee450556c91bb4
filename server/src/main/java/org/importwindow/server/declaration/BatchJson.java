package org.importwindow.server.declaration;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.importwindow.server.api.JsonValues;
import org.importwindow.server.security.BilingualError;

/** Body and answer of {@code POST /api/v1/declarations/batch}. */
public final class BatchJson {
    private BatchJson() {
    }

    /** The declarations to lodge, each as {@code POST /api/v1/declarations} takes it. */
    public record Request(@Schema(description = "The declarations, at most importwindow.declarations.batch-limit "
            + "(100 by default)") List<DeclarationRequestJson> declarations) {
    }

    /**
     * One declaration's outcome, in the order sent. {@code status}: 201 lodged now, 200 already lodged under this
     * reference (the declaration as it stands), 400 refused with {@code errors}, 403 not authorised for the importer.
     * The full declaration with its worded assessment is at {@code GET /api/v1/declarations/{id}}.
     */
    public record Result(String reference, int status, String id, String declarationStatus, String channel,
                         String payable, List<BilingualError> errors) {
        static Result of(DeclarationService.BatchResult r) {
            StoredDeclaration d = r.declaration();
            return d == null ? new Result(r.reference(), r.status(), null, null, null, null, r.errors())
                    : new Result(r.reference(), r.status(), d.id(), d.status(), d.channel(),
                    JsonValues.money(d.payable()), r.errors());
        }
    }

    /** The outcomes and how many were lodged now, were there already, and were refused. */
    public record Answer(int lodged, int alreadyLodged, int refused, List<Result> results) {
        static Answer of(List<DeclarationService.BatchResult> results) {
            int lodged = 0;
            int already = 0;
            for (DeclarationService.BatchResult r : results) {
                if (r.status() == 201) {
                    lodged++;
                } else if (r.status() == 200) {
                    already++;
                }
            }
            return new Answer(lodged, already, results.size() - lodged - already,
                    results.stream().map(Result::of).toList());
        }
    }
}
