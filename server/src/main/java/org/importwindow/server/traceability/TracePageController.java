package org.importwindow.server.traceability;

import org.importwindow.server.security.AppUser;
import org.importwindow.traceability.epcis.Identifiers;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The trace page ({@code /trace?epc=…}), Chinese and English: a form, then the trace as tables. */
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
        // the page is outside web.*, so the language attributes of web.PageModelAdvice are set here
        String lang = "zh".equals(LocaleContextHolder.getLocale().getLanguage()) ? "zh" : "en";
        String other = "zh".equals(lang) ? "en" : "zh";
        model.addAttribute("lang", lang);
        model.addAttribute("switchLang", other);
        model.addAttribute("switchUrl", UriComponentsBuilder.fromPath("/trace").queryParamIfPresent("epc",
                java.util.Optional.ofNullable(epc)).queryParam("lang", other).encode().build().toUriString());
        if (epc != null && !epc.isBlank()) {
            Identifiers.Problem p = Identifiers.problem(epc.trim());
            if (p != null) {
                model.addAttribute("problem", p.code() + ": " + p.message());
            } else {
                model.addAttribute("trace", traces.trace(epc, user.username()));
            }
        }
        return "trace/trace";
    }
}
