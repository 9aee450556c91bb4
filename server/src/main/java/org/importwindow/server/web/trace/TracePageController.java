package org.importwindow.server.web.trace;

import org.importwindow.server.security.AppUser;
import org.importwindow.server.traceability.TraceService;
import org.importwindow.traceability.epcis.Identifiers;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The trace page ({@code /trace?epc=…}), Chinese and English: a form, then the trace as tables (what it went into,
 * where it went, the import it came in under, the events). In web.* so the layout's advices (language, signed-in
 * user, navigation) apply.
 */
@Controller
public class TracePageController {
    private final TraceService traces;

    public TracePageController(TraceService traces) {
        this.traces = traces;
    }

    @GetMapping("/trace")
    public String trace(@RequestParam(required = false) String epc, Model model,
                        @AuthenticationPrincipal AppUser user) {
        model.addAttribute("epc", epc == null ? "" : epc);
        if (epc != null && !epc.isBlank()) {
            Identifiers.Problem p = Identifiers.problem(epc.trim());
            if (p != null) {
                model.addAttribute("problem", p.code() + ": " + p.message());
            } else {
                org.importwindow.server.traceability.Trace trace = traces.trace(epc, user.username());
                model.addAttribute("trace", trace);
                model.addAttribute("graph", TraceGraph.of(trace));
            }
        }
        return "trace/trace";
    }
}
