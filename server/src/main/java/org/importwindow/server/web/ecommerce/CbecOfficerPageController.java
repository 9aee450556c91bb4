package org.importwindow.server.web.ecommerce;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.importwindow.server.ecommerce.CbecStatistics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The customs officer's view of cross-border e-commerce: lists received, released, refused and pending (today in
 * China and in total), refusals by reason, and the throughput now. The figures refresh themselves every few seconds
 * with htmx (the fragment {@code /cbec/officer/figures}); an officer can stop that (WCAG 2.2.2: moving content can
 * be paused), and without JavaScript the page is the same figures with a link to refresh them. Officers and
 * administrators only (the security configuration).
 */
@Controller
public class CbecOfficerPageController {
    /** Seconds between two automatic refreshes of the figures. */
    static final int EVERY_SECONDS = 5;

    private final CbecStatistics statistics;
    private final MessageSource messages;
    private final Clock clock;

    public CbecOfficerPageController(CbecStatistics statistics, MessageSource messages, ObjectProvider<Clock> clock) {
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/cbec/officer")
    public String page(@RequestParam(required = false) String live, Model model, Locale locale) {
        figures(model, locale, !"off".equals(live));
        return "cbec/officer";
    }

    /** The figures alone, for htmx; a browser that asks for it directly gets the whole page. */
    @GetMapping("/cbec/officer/figures")
    public String fragment(@RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                           Locale locale) {
        if (htmx == null) {
            return "redirect:/cbec/officer";
        }
        figures(model, locale, true);
        return "cbec/officer :: figures";
    }

    private void figures(Model model, Locale locale, boolean live) {
        Instant now = clock.instant();
        model.addAttribute("cbec", new CbecLabels(messages, locale));
        model.addAttribute("volumes", statistics.volumes(now));
        model.addAttribute("refusals", statistics.refusals(now));
        model.addAttribute("asOf", java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").format(now.atZone(CbecLabels.CHINA)));
        model.addAttribute("live", live);
        model.addAttribute("every", EVERY_SECONDS);
    }
}
