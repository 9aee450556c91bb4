package org.importwindow.server.declaration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.BilingualError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Import declarations: lodge (idempotent on the declarant's reference), read, list, amend, cancel, follow the events
 * and record the bank's payment confirmation. A declarant sees only their enterprises' declarations (anything else is
 * 404); officers and administrators read all.
 */
@RestController
@RequestMapping(path = "/api/v1/declarations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Declarations", description = "Import declarations: lodge, follow, amend, cancel, pay")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No or wrong credentials (problem+json)",
        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                schema = @Schema(implementation = ProblemDetail.class)))
public class DeclarationController {
    static final String EXAMPLE = """
            {"reference":"A-2026-0001","importer":"91310115MA1K4DEM05","declarationDate":"2026-03-16",
            "tradeMode":"0110","transportMode":"2","portOfEntry":"2248","countryOfDispatch":"AU","priceTerms":"CIF",
            "currency":"CNY","freight":"0.00","insurance":"0.00","licences":[],"rulingReference":null,
            "items":[{"commodityCode":"22042100","description":"bottled red wine","origin":"AU","quantity":"900",
            "unit":"LTR","value":"100000.00","preference":"AUTO","proofOfOrigin":"AU-CO-2026-1","attributes":{}}]}""";

    private final DeclarationService service;
    private final ArrivalAndTwoStepService twoStep;
    private final DeclarationAssessments assessments;
    private final DeclarationProperties properties;

    public DeclarationController(DeclarationService service, ArrivalAndTwoStepService twoStep, DeclarationAssessments assessments,
                                 DeclarationProperties properties) {
        this.service = service;
        this.twoStep = twoStep;
        this.assessments = assessments;
        this.properties = properties;
    }

    /** Body of a cancellation. */
    public record CancellationJson(@Schema(description = "Why the declaration is withdrawn") String reason) {
    }

    /** Body of a payment confirmation (from the bank; simulated in the demo). */
    public record PaymentJson(@Schema(description = "Amount paid in yuan", example = "43133.34") String amount,
                              @Schema(description = "The bank's reference of the payment", example = "BOC-2026-0001")
                              String bankReference) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lodge a declaration: checked, assessed and channelled at once",
            description = "Declarants, for an enterprise they are authorised for (else 403, nothing stored). 201 with "
                    + "the new declaration; the same reference again answers 200 with the declaration already "
                    + "lodged under it (same id, nothing new stored). A declaration with errors is not lodged: 400 "
                    + "problem+json listing every error (code, path, message, messageZh). declarationKind ADVANCE: "
                    + "lodged before the goods arrive, released on arrival (POST .../{id}/arrival). "
                    + "TWO_STEP_SUMMARY releases the goods without payment; its full declaration is due within 14 "
                    + "days (a legal parameter) of the release: lodge it with declarationKind TWO_STEP_FULL and "
                    + "summaryReference = the summary's reference (400 DEC-108 when the importer has no such "
                    + "summary, 409 when the summary is not released or already completed); it is then recorded on "
                    + "the summary (event FullDeclarationLodged).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = DeclarationRequestJson.class),
                    examples = @ExampleObject(name = "wine from Australia", value = EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Lodged")
    @ApiResponse(responseCode = "200", description = "Already lodged under this reference")
    @ApiResponse(responseCode = "400", description = "Every error (problem+json)", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not authorised for the importer, or not a declarant")
    public ResponseEntity<DeclarationJson> lodge(@AuthenticationPrincipal AppUser user,
                                                 @RequestBody(required = false) DeclarationRequestJson body) {
        // through the two-step service: a full declaration is checked against and recorded on its summary
        DeclarationService.Lodged lodged = twoStep.lodge(user, body);
        DeclarationJson answer = lodged.assessment() != null
                ? DeclarationJson.of(lodged.declaration(), lodged.assessment())
                : assessments.answer(lodged.declaration());
        if (lodged.created()) {
            return ResponseEntity.created(URI.create("/api/v1/declarations/" + answer.id())).body(answer);
        }
        return ResponseEntity.ok(answer);
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lodge many declarations at once: each checked, assessed and channelled",
            description = "For a declarant's system sending its work in bulk: {\"declarations\":[…]}, each exactly as "
                    + "POST /api/v1/declarations takes it, at most importwindow.declarations.batch-limit (100 by "
                    + "default; more, or none, is a 400 API-002 and nothing is stored). Each declaration stands alone: "
                    + "one with errors is refused (status 400 with its errors) and the others are lodged, all those "
                    + "accepted stored in one transaction. Idempotent per reference as the single lodgement (status "
                    + "200 with the declaration already lodged). The answer lists the outcomes in the order sent; "
                    + "read a declaration's worded assessment at GET /api/v1/declarations/{id}.")
    @ApiResponse(responseCode = "200", description = "Every declaration's outcome")
    @ApiResponse(responseCode = "400", description = "No declarations, or more than the limit (problem+json)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public BatchJson.Answer lodgeAll(@AuthenticationPrincipal AppUser user,
                                     @RequestBody(required = false) BatchJson.Request body) {
        List<DeclarationRequestJson> declarations = body == null || body.declarations() == null ? List.of()
                : body.declarations();
        int limit = properties.batchLimit();
        if (declarations.isEmpty() || declarations.size() > limit) {
            throw DeclarationProblem.invalid(List.of(new BilingualError("API-002", "declarations",
                    "A batch carries from 1 to " + limit + " declarations; this one has " + declarations.size(),
                    "每批应含 1 至 " + limit + " 份报关单，本批为 " + declarations.size() + " 份")));
        }
        return BatchJson.Answer.of(twoStep.lodgeAll(user, declarations));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One declaration with its assessment and risk result (another enterprise's: 404)")
    @ApiResponse(responseCode = "404", description = "No such declaration among the caller's")
    public DeclarationJson get(@AuthenticationPrincipal AppUser user, @PathVariable String id) {
        return assessments.answer(service.visible(user, id));
    }

    @GetMapping
    @Operation(summary = "The caller's enterprises' declarations (officers and administrators: all), newest first")
    public List<DeclarationJson.Summary> list(@AuthenticationPrincipal AppUser user,
                                              @Parameter(description = "Status, e.g. RELEASED")
                                              @RequestParam(required = false) String status,
                                              @Parameter(description = "Declaration date from (YYYY-MM-DD)")
                                              @RequestParam(required = false) String from,
                                              @Parameter(description = "Declaration date to (YYYY-MM-DD)")
                                              @RequestParam(required = false) String to) {
        return service.list(user, status, date(from, "from"), date(to, "to")).stream()
                .map(DeclarationJson.Summary::of).toList();
    }

    @PostMapping(path = "/{id}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Amend a declaration before release: the whole declaration again, checked and assessed",
            description = "The importer and reference stay as lodged. 409 when the status does not allow it.")
    public DeclarationJson amend(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                 @RequestBody(required = false) DeclarationRequestJson body) {
        return assessments.answer(service.amend(user, id, body));
    }

    @PostMapping(path = "/{id}/cancellation")
    @Operation(summary = "Cancel (withdraw) a declaration; 409 when the status does not allow it")
    public DeclarationJson cancel(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                  @RequestBody(required = false) CancellationJson body) {
        return assessments.answer(service.cancel(user, id, body == null ? null : body.reason()));
    }

    @GetMapping("/{id}/events")
    @Operation(summary = "The declaration's events in order, each with actor, time, previous hash and hash")
    public List<DeclarationJson.EventJson> events(@AuthenticationPrincipal AppUser user, @PathVariable String id) {
        return service.events(user, id).stream().map(DeclarationJson.EventJson::of).toList();
    }

    @PostMapping(path = "/{id}/payments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the bank's confirmation of payment of the duties and taxes (simulated in the demo)",
            description = "The declarant (own declarations) or an administrator. A green-channel declaration, or one "
                    + "whose documents were checked or inspection passed, is released once paid.")
    public DeclarationJson pay(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                               @RequestBody(required = false) PaymentJson body) {
        BigDecimal amount = null;
        if (body != null && body.amount() != null && !body.amount().isBlank()) {
            try {
                amount = new BigDecimal(body.amount().strip());
            } catch (NumberFormatException e) {
                throw DeclarationProblem.invalid(List.of(new BilingualError("PAY-001", "amount",
                        "'" + body.amount() + "' is not a decimal number", "'" + body.amount() + "' 不是十进制数")));
            }
        }
        return assessments.answer(service.pay(user, id, amount, body == null ? null : body.bankReference()));
    }

    private static LocalDate date(String text, String path) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DeclarationProblem(HttpStatus.BAD_REQUEST, "The request is not valid", List.of(
                    new BilingualError("API-001", path, "'" + text + "' is not a date in the form YYYY-MM-DD",
                            "日期格式应为 YYYY-MM-DD")));
        }
    }
}
