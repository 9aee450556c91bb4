package org.importwindow.server.complaint;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.importwindow.server.security.AppUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/defect-signals} (the regulator's): the current signals with the test's figures and the grouped
 * descriptions ({@code all=true} adds the weeks that were tested and not flagged), and one-click investigations.
 */
@RestController
@RequestMapping("/api/v1/defect-signals")
public class DefectSignalController {

    private final SignalService signals;
    private final ComplaintService complaints;

    public DefectSignalController(SignalService signals, ComplaintService complaints) {
        this.signals = signals;
        this.complaints = complaints;
    }

    @GetMapping
    public List<SignalService.SignalView> list(@RequestParam(required = false) LocalDate asOf,
                                               @RequestParam(defaultValue = "false") boolean all) {
        return signals.signals(asOf == null ? complaints.today() : asOf, all);
    }

    /** Opens (once) the investigation of a current signal: 201 the first time, 200 with the same case after. */
    @PostMapping("/{id}/investigation")
    public ResponseEntity<InvestigationOpener.Investigation> investigate(@AuthenticationPrincipal AppUser user,
                                                                         @PathVariable String id,
                                                                         @RequestParam(required = false) LocalDate asOf) {
        LocalDate day = asOf == null ? complaints.today() : asOf;
        boolean before = signals.signals(day, false).stream()
                .anyMatch(s -> s.signal().id().equals(id) && s.investigation() != null);
        InvestigationOpener.Investigation inv = signals.openInvestigation(user, id, day);
        return ResponseEntity.status(before ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/defect-signals/" + id + "/investigation")).body(inv);
    }
}
