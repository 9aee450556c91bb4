package org.importwindow.server.traceability;

import org.importwindow.server.security.AppUser;
import org.importwindow.traceability.epcis.Identifiers;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/trace?epc=…} (a serial or lot) or {@code ?epcClass=…} (a GTIN or lot class): the trace. */
@RestController
public class TraceController {
    private final TraceService traces;

    public TraceController(TraceService traces) {
        this.traces = traces;
    }

    @GetMapping("/api/v1/trace")
    public Trace trace(@RequestParam(required = false) String epc, @RequestParam(required = false) String epcClass,
                       @AuthenticationPrincipal AppUser user) {
        String id = epc != null ? epc : epcClass;
        if (id == null || id.isBlank() || epc != null && epcClass != null) {
            throw EpcisProblem.of(HttpStatus.BAD_REQUEST, "EPCIS-106", "epc", "give one of epc or epcClass");
        }
        Identifiers.Problem p = Identifiers.problem(id.trim());
        if (p != null) {
            throw EpcisProblem.of(HttpStatus.BAD_REQUEST, p.code(), epc != null ? "epc" : "epcClass", p.message());
        }
        return traces.trace(id, user.username());
    }
}
