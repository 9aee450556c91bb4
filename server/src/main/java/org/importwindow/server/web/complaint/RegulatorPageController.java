package org.importwindow.server.web.complaint;

import java.util.List;
import java.util.Locale;
import org.importwindow.complaint.ComplaintEvent.Outcome;
import org.importwindow.server.complaint.ComplaintProblem;
import org.importwindow.server.complaint.ComplaintService;
import org.importwindow.server.complaint.SignalService;
import org.importwindow.server.security.AppUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regulator's desk: the complaint queue (deadlines, overdue flagged) with a plain form per step, and the defect
 * signals with their figures and the button that opens an investigation. A step that is refused shows the queue
 * again with the error summary.
 */
@Controller
public class RegulatorPageController {

    private final ComplaintService complaints;
    private final SignalService signals;

    public RegulatorPageController(ComplaintService complaints, SignalService signals) {
        this.complaints = complaints;
        this.signals = signals;
    }

    @GetMapping("/regulator/complaints")
    public String queue(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String done,
                        @RequestParam(required = false) String ref, Model model) {
        return queue(user, done, ref, List.of(), model);
    }

    @PostMapping("/regulator/complaints/{reference}/{step}")
    public String step(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                       @PathVariable String step, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
                       Model model, Locale locale, RedirectAttributes redirect) {
        try {
            switch (step) {
                case "accept" -> complaints.accept(user, reference);
                case "decline" -> complaints.decline(user, reference, reason);
                case "mediate" -> complaints.startMediation(user, reference);
                case "close" -> complaints.close(user, reference, outcome, note);
                default -> throw ComplaintProblem.notFound(reference);
            }
        } catch (ComplaintProblem p) {
            List<ComplaintPageErrors.FieldError> errors = ComplaintPageErrors.of(p.errors(), locale).stream()
                    .map(e -> new ComplaintPageErrors.FieldError(null, reference + ": " + e.message())).toList();
            return queue(user, null, null, errors, model);
        }
        redirect.addAttribute("done", step);
        redirect.addAttribute("ref", reference);
        return "redirect:/regulator/complaints";
    }

    @GetMapping("/regulator/signals")
    public String signals(@RequestParam(required = false) String opened, Model model) {
        model.addAttribute("signals", signals.signals(complaints.today(), true));
        model.addAttribute("today", complaints.today());
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : List.of());
        model.addAttribute("opened", opened);
        return "regulator/signals";
    }

    @PostMapping("/regulator/signals/{id}/investigation")
    public String investigate(@AuthenticationPrincipal AppUser user, @PathVariable String id, Model model,
                              Locale locale, RedirectAttributes redirect) {
        try {
            redirect.addAttribute("opened", signals.openInvestigation(user, id, complaints.today()).caseId());
            return "redirect:/regulator/signals";
        } catch (ComplaintProblem p) {
            model.addAttribute("errors", ComplaintPageErrors.of(p.errors(), locale));
            return signals(null, model);
        }
    }

    private String queue(AppUser user, String done, String ref, List<ComplaintPageErrors.FieldError> errors,
                         Model model) {
        model.addAttribute("queue", complaints.queue(user, complaints.today()));
        model.addAttribute("today", complaints.today());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("done", done);
        model.addAttribute("ref", ref);
        model.addAttribute("errors", errors);
        return "regulator/complaints";
    }
}
