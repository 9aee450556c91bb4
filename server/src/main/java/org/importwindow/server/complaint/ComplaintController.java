package org.importwindow.server.complaint;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.importwindow.server.security.AppUser;
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
 * {@code /api/v1/complaints}: file (consumer), list (own, or all for the regulator), read one with its deadlines and
 * events, the regulator's queue and steps. {@code asOf} (ISO date) judges the deadlines on another day than today.
 */
@RestController
@RequestMapping("/api/v1/complaints")
public class ComplaintController {

    private final ComplaintService service;

    public ComplaintController(ComplaintService service) {
        this.service = service;
    }

    /** A reason or an outcome with a note. */
    public record StepJson(String reason, String outcome, String note) {
    }

    @PostMapping
    public ResponseEntity<ComplaintView> file(@AuthenticationPrincipal AppUser user,
                                              @RequestBody ComplaintRequestJson body) {
        ComplaintView v = service.file(user, body.draft());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + v.reference())).body(v);
    }

    @GetMapping
    public List<ComplaintView> list(@AuthenticationPrincipal AppUser user,
                                    @RequestParam(required = false) LocalDate asOf) {
        return service.list(user, day(asOf));
    }

    @GetMapping("/queue")
    public List<ComplaintView> queue(@AuthenticationPrincipal AppUser user,
                                     @RequestParam(required = false) LocalDate asOf) {
        return service.queue(user, day(asOf));
    }

    @GetMapping("/{reference}")
    public ComplaintView get(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                             @RequestParam(required = false) LocalDate asOf) {
        return service.get(user, reference, day(asOf));
    }

    @GetMapping("/{reference}/events")
    public List<ComplaintView.Step> events(@AuthenticationPrincipal AppUser user, @PathVariable String reference) {
        return service.get(user, reference, service.today()).events();
    }

    @PostMapping("/{reference}/acceptance")
    public ComplaintView accept(@AuthenticationPrincipal AppUser user, @PathVariable String reference) {
        return service.accept(user, reference);
    }

    @PostMapping("/{reference}/decline")
    public ComplaintView decline(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                                 @RequestBody(required = false) StepJson body) {
        return service.decline(user, reference, body == null ? null : body.reason());
    }

    @PostMapping("/{reference}/mediation")
    public ComplaintView mediate(@AuthenticationPrincipal AppUser user, @PathVariable String reference) {
        return service.startMediation(user, reference);
    }

    @PostMapping("/{reference}/closure")
    public ComplaintView close(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                               @RequestBody(required = false) StepJson body) {
        return service.close(user, reference, body == null ? null : body.outcome(), body == null ? null : body.note());
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? service.today() : asOf;
    }
}
