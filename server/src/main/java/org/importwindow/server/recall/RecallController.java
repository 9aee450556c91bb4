package org.importwindow.server.recall;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.importwindow.server.security.AppUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
 * Running a recall under Order No. 19. Importers and producers (DECLARANT) report defects and recall plans for their
 * own enterprise, publish the notice, report progress and close; the regulator (REGULATOR) opens investigations,
 * orders recalls and sees every case with its overdue deadlines. Another enterprise's case answers 404; a step of
 * the other side 403; bad data 400 problem+json with REC codes (nothing stored); a step out of order 409. Each step
 * takes an optional {@code on} (the legal date of the step, default today, never in the future).
 */
@RestController
@RequestMapping(path = "/api/v1/recalls", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Recalls", description = "Defect reports, investigations, recall plans, notices, progress, closure")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
public class RecallController {
    private final RecallService service;

    public RecallController(RecallService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "The caller's cases (the regulator: all) with deadlines as of a day and overdue flags")
    public List<RecallJson.Case> list(@AuthenticationPrincipal AppUser user,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                      LocalDate asOf,
                                      @RequestParam(defaultValue = "false") boolean overdue) {
        return service.list(user, asOf, overdue);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case: timeline, deadlines (with the article cited), completion rate per level")
    public RecallJson.Case get(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate asOf) {
        return service.get(user, id, asOf);
    }

    @PostMapping(path = "/defect-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The importer reports a possible defect (opens a case)")
    public ResponseEntity<RecallJson.Case> reportDefect(@AuthenticationPrincipal AppUser user,
                                                        @RequestBody(required = false) RecallJson.DefectReport body) {
        return created(service.reportDefect(user, body));
    }

    @PostMapping(path = "/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The importer starts a voluntary recall with its plan (opens a case)")
    public ResponseEntity<RecallJson.Case> voluntary(@AuthenticationPrincipal AppUser user,
                                                     @RequestBody(required = false) RecallJson.Plan body) {
        return created(service.submitPlan(user, null, body));
    }

    @PostMapping(path = "/investigations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The regulator opens a defect investigation (opens a case)")
    public ResponseEntity<RecallJson.Case> investigate(@AuthenticationPrincipal AppUser user,
                                                       @RequestBody(required = false) RecallJson.Investigation body) {
        return created(service.investigate(user, body));
    }

    @PostMapping(path = "/{id}/orders", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The regulator orders the recall; the plan is due from the order")
    public RecallJson.Case order(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                 @RequestBody(required = false) RecallJson.Order body) {
        return service.order(user, id, body);
    }

    @PostMapping(path = "/{id}/plans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The importer reports (or revises, before the notice) the recall plan")
    public RecallJson.Case plan(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                @RequestBody(required = false) RecallJson.Plan body) {
        return service.submitPlan(user, id, body);
    }

    @PostMapping(path = "/{id}/notice", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The importer publishes the recall (Chinese and English); it appears in the public notices")
    public RecallJson.Case notice(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                  @RequestBody(required = false) RecallJson.Notice body) {
        return service.publishNotice(user, id, body);
    }

    @PostMapping(path = "/{id}/progress-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A progress (stage) report: cumulative units sold and corrected per level")
    public RecallJson.Case progress(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                    @RequestBody(required = false) RecallJson.Progress body) {
        return service.reportProgress(user, id, body);
    }

    @PostMapping(path = "/{id}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The importer closes the recall with its summary report")
    public RecallJson.Case close(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                                 @RequestBody(required = false) RecallJson.Closure body) {
        return service.close(user, id, body);
    }

    private static ResponseEntity<RecallJson.Case> created(RecallJson.Case c) {
        return ResponseEntity.created(URI.create("/api/v1/recalls/" + c.id())).body(c);
    }
}
