package org.importwindow.server.web.declaration;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.importwindow.server.declaration.DeclarationProblem;
import org.importwindow.server.declaration.DeclarationService;
import org.importwindow.server.declaration.StoredDeclaration;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.web.declaration.PageErrors.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customs officer's pages: the queue of declarations waiting for an officer (yellow or red channel, or held) and
 * the decision page, which shows the rules that fired and the assessment next to the decision buttons and a note.
 * Only officers and administrators reach them (the security configuration); every decision is an event signed by
 * the officer in the declaration's chain.
 */
@Controller
public class OfficerPageController {

    static final List<String> DECISIONS = List.of("DOCUMENTS_CHECKED", "INSPECTED_OK", "RELEASE", "HOLD", "REJECT");

    private final DeclarationService service;
    private final EnterpriseStore enterprises;
    private final DeclarationPages pages;
    private final MessageSource messages;

    public OfficerPageController(DeclarationService service, EnterpriseStore enterprises, DeclarationPages pages,
                                 MessageSource messages) {
        this.service = service;
        this.enterprises = enterprises;
        this.pages = pages;
        this.messages = messages;
    }

    /** One line of the queue. */
    public record Entry(StoredDeclaration declaration, String importerName, int rulesFired) {
    }

    @GetMapping("/officer/queue")
    public String queue(Model model, Locale locale) {
        List<Entry> entries = service.queue().stream().map(d -> {
            String name = enterprises.find(d.importer()).map(e -> pages.name(e, locale)).orElse(d.importer());
            return new Entry(d, name, pages.withoutTimeline(d, locale).rules().size());
        }).toList();
        pages.addChoices(model, locale);
        model.addAttribute("entries", entries);
        return "officer/queue";
    }

    @GetMapping("/officer/declarations/{id}")
    public String decision(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                           @RequestParam(required = false) String done, Model model, Locale locale,
                           HttpServletResponse response) {
        Optional<DeclarationView> view = pages.view(user, id, locale);
        if (view.isEmpty()) {
            return pages.notFound(id, model, response);
        }
        return show(view.get(), done, null, List.of(), model, locale);
    }

    @PostMapping("/officer/declarations/{id}")
    public String decide(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                         @RequestParam(required = false) String decision, @RequestParam(required = false) String note,
                         Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<DeclarationView> view = pages.view(user, id, locale);
        if (view.isEmpty()) {
            return pages.notFound(id, model, response);
        }
        if (decision == null || !DECISIONS.contains(decision)) {
            return show(view.get(), null, note, List.of(new FieldError("decision-buttons",
                    messages.getMessage("officer.error.decision", null, locale))), model, locale);
        }
        try {
            service.decide(user, id, decision, note == null ? "" : note.strip());
            redirect.addAttribute("done", decision);
            return "redirect:/officer/declarations/" + id;
        } catch (DeclarationProblem p) {
            DeclarationView now = pages.view(user, id, locale).orElse(view.get());
            return show(now, null, note, PageErrors.of(p.errors(), 0, locale), model, locale);
        }
    }

    private String show(DeclarationView view, String done, String note, List<FieldError> errors, Model model,
                        Locale locale) {
        pages.addDetail(model, view, locale);
        model.addAttribute("decisions", DECISIONS);
        boolean decided = done != null && DECISIONS.contains(done);
        model.addAttribute("done", decided ? done : null);
        // the step the decision recorded, for the notice: RELEASE on a held declaration only lifts the hold
        model.addAttribute("doneEvent", decided && !view.timeline().isEmpty()
                ? view.timeline().get(view.timeline().size() - 1).type() : null);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", PageErrors.byField(errors));
        return "officer/decision";
    }
}
