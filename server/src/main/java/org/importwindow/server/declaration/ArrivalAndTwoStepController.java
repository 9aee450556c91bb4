package org.importwindow.server.declaration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.importwindow.server.declaration.ArrivalAndTwoStepService.FlagRun;
import org.importwindow.server.declaration.ArrivalAndTwoStepService.Overdue;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.BilingualError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advance and two-step declarations: the arrival of an advance declaration's goods, the summaries whose full
 * declaration is overdue, and the officers' flagging of them. (A full declaration itself is lodged through
 * {@code POST /api/v1/declarations} with {@code declarationKind} TWO_STEP_FULL and {@code summaryReference}.)
 */
@RestController
@Tag(name = "Advance and two-step declarations", description = "Arrival of the goods of an advance declaration; "
        + "two-step summaries whose full declaration is overdue")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No or wrong credentials (problem+json)",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
public class ArrivalAndTwoStepController {
    private final ArrivalAndTwoStepService service;
    private final DeclarationAssessments assessments;

    public ArrivalAndTwoStepController(ArrivalAndTwoStepService service, DeclarationAssessments assessments) {
        this.service = service;
        this.assessments = assessments;
    }

    /** Body of an arrival. */
    public record ArrivalJson(@Schema(description = "When the goods arrived (ISO instant); now when absent",
            example = "2026-03-18T02:30:00Z") String arrivedAt) {
    }

    @PostMapping(path = "/api/v1/declarations/{id}/arrival", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the arrival of an advance declaration's goods",
            description = "The declarant of the importer, an officer or an administrator. The declaration is released "
                    + "on arrival when its channel's checks and the payment are done. 404 for another enterprise's "
                    + "declaration; 409 (DEC-101) when the goods have arrived already or the declaration is final; "
                    + "400 (DEC-902) for an arrival time in the future or before the declaration's last event.")
    @ApiResponse(responseCode = "200", description = "The declaration after the arrival")
    @ApiResponse(responseCode = "404", description = "No such declaration among the caller's")
    @ApiResponse(responseCode = "409", description = "Not allowed in this status (problem+json)")
    public DeclarationJson arrival(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                   @RequestBody(required = false) ArrivalJson body) {
        Instant at = null;
        if (body != null && body.arrivedAt() != null && !body.arrivedAt().isBlank()) {
            try {
                at = Instant.parse(body.arrivedAt().strip());
            } catch (DateTimeParseException e) {
                throw DeclarationProblem.invalid(List.of(new BilingualError(ArrivalAndTwoStepService.ARRIVAL_TIME,
                        "arrivedAt", "'" + body.arrivedAt() + "' is not an instant like 2026-03-18T02:30:00Z",
                        "运抵时间“" + body.arrivedAt() + "”格式应为 2026-03-18T02:30:00Z")));
            }
        }
        return assessments.answer(service.arrive(user, id, at));
    }

    @GetMapping(path = "/api/v1/declarations/overdue", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Two-step summaries whose full declaration is overdue",
            description = "Released summaries without a full declaration whose due date (the day of release plus the "
                    + "legal number of days) is before asOf. Officers and administrators: all; declarants: their "
                    + "enterprises'. 'flagged' tells whether the overdue event was recorded.")
    public List<Overdue> overdue(@AuthenticationPrincipal AppUser user,
                                 @Parameter(description = "The day (YYYY-MM-DD); today in China when absent")
                                 @RequestParam(required = false) String asOf) {
        return service.overdue(user, asOf(asOf));
    }

    @PostMapping(path = "/api/v1/officer/overdue-flags", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Flag every two-step summary whose full declaration is overdue (officers, administrators)",
            description = "Appends one FullDeclarationOverdue event to each overdue summary not flagged yet: running "
                    + "it again appends nothing. Answers the overdue summaries and the ids flagged now. "
                    + "Declarants get 403.")
    @ApiResponse(responseCode = "403", description = "Not an officer or administrator")
    public FlagRun flag(@AuthenticationPrincipal AppUser user,
                        @Parameter(description = "The day (YYYY-MM-DD); today in China when absent")
                        @RequestParam(required = false) String asOf) {
        return service.flag(user, asOf(asOf));
    }

    private LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            return service.today();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DeclarationProblem(HttpStatus.BAD_REQUEST, "The request is not valid", List.of(
                    new BilingualError("API-001", "asOf",
                    "'" + text + "' is not a date in the form YYYY-MM-DD", "日期格式应为 YYYY-MM-DD")));
        }
    }
}
