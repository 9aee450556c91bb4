package org.importwindow.server.web.declaration;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.importwindow.server.api.AssessmentJson;
import org.importwindow.server.declaration.DeclarationEngine;
import org.importwindow.server.declaration.DeclarationProblem;
import org.importwindow.server.declaration.DeclarationRequestJson;
import org.importwindow.server.declaration.ArrivalAndTwoStepService;
import org.importwindow.server.declaration.DeclarationService;
import org.importwindow.server.declaration.StoredDeclaration;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.BilingualError;
import org.importwindow.server.security.Role;
import org.importwindow.server.web.AsOfDate;
import org.importwindow.server.web.declaration.PageErrors.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The declarant's pages. A new declaration goes form -> "check your answers" (the duty and taxes worked out by the
 * same engine that will assess it, before anything is stored) -> lodge -> its detail page. The form is re-posted to
 * add or remove a goods item, so it works without JavaScript; errors re-show it with a summary linking to each field.
 * The detail page shows the assessment, channel, rules fired and the status timeline, with the actions its status
 * allows. Another enterprise's declaration is "not found", exactly as in the API.
 */
@Controller
public class DeclarationPageController {

    private static final Logger log = LoggerFactory.getLogger(DeclarationPageController.class);
    static final List<String> STATUSES = List.of("LODGED", "ASSESSED", "SELECTED", "DOCUMENTS_CHECKED", "INSPECTED",
            "PAID", "RELEASED", "HELD", "REJECTED", "CANCELLED");

    private final DeclarationService service;
    private final DeclarationEngine engine;
    private final EnterpriseStore enterprises;
    private final DeclarationPages pages;
    private final MessageSource messages;
    private final AsOfDate asOf;
    private final ZoneId zone;
    private final ArrivalAndTwoStepService twoStep;

    public DeclarationPageController(DeclarationService service, DeclarationEngine engine,
                                     EnterpriseStore enterprises, DeclarationPages pages, MessageSource messages,
                                     AsOfDate asOf, @Value("${importwindow.zone:Asia/Shanghai}") ZoneId zone,
                                     ArrivalAndTwoStepService twoStep) {
        this.twoStep = twoStep;
        this.service = service;
        this.engine = engine;
        this.enterprises = enterprises;
        this.pages = pages;
        this.messages = messages;
        this.asOf = asOf;
        this.zone = zone;
    }

    /** One line of the list. */
    public record Row(String id, String reference, String importer, String importerName, String declarationDate,
                      String status, String channel, BigDecimal payable, String lodgedAt) {
    }

    @GetMapping("/declarations")
    public String list(@AuthenticationPrincipal AppUser user, @RequestParam(required = false) String status,
                       Model model, Locale locale) {
        String selected = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        if (selected != null && !STATUSES.contains(selected)) {
            selected = null;
        }
        Map<String, String> names = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        for (StoredDeclaration d : service.list(user, selected, null, null)) {
            String name = names.computeIfAbsent(d.importer(), uscc -> enterprises.find(uscc)
                    .map(e -> pages.name(e, locale)).orElse(uscc));
            rows.add(new Row(d.id(), d.reference(), d.importer(), name, String.valueOf(d.declarationDate()),
                    d.status(), d.channel(), d.payable(), d.lodgedAt() == null ? ""
                    : time.format(d.lodgedAt().atZoneSameInstant(zone))));
        }
        pages.addChoices(model, locale);
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", selected);
        model.addAttribute("canLodge", user.has(Role.DECLARANT));
        return "declarations/list";
    }

    @GetMapping("/declarations/new")
    public String newForm(@AuthenticationPrincipal AppUser user, Model model, Locale locale) {
        DeclarationForm form = new DeclarationForm();
        form.setDeclarationDate(asOf.today().toString());
        List<StoredEnterprise> mine = enterprises.forUser(user.username());
        if (mine.size() == 1) {
            form.setImporter(mine.get(0).uscc());
        }
        return showForm(user, form, null, List.of(), model, locale);
    }

    /** The form's buttons: add or remove an item row, or check the answers. */
    @PostMapping("/declarations/new")
    public String newPosted(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") DeclarationForm form,
                            @RequestParam(defaultValue = "check") String action, Model model, Locale locale) {
        return step(user, form, null, action, model, locale);
    }

    /** From the check page: lodge, or go back to change the answers. */
    @PostMapping("/declarations")
    public String lodge(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") DeclarationForm form,
                        @RequestParam(defaultValue = "lodge") String action, Model model, Locale locale,
                        RedirectAttributes redirect) {
        form.compact();
        if (!"lodge".equals(action)) {
            return showForm(user, form, null, List.of(), model, locale);
        }
        List<Integer> badLines = new ArrayList<>();
        DeclarationRequestJson request = form.toRequest(badLines);
        List<FieldError> errors = attributeErrors(badLines, locale);
        if (errors.isEmpty()) {
            try {
                // a two-step full declaration is checked against and recorded on its summary
                DeclarationService.Lodged lodged = twoStep.lodge(user, request);
                redirect.addAttribute("done", lodged.created() ? "lodged" : "existing");
                return "redirect:/declarations/" + lodged.declaration().id();
            } catch (DeclarationProblem p) {
                errors.addAll(PageErrors.of(p.errors(), form.getItems().size(), locale));
            } catch (RuntimeException e) {
                log.warn("Lodging failed for {}", request.reference(), e);
                errors.add(new FieldError(null, messages.getMessage("declaration.error.unavailable", null, locale)));
            }
        }
        return showForm(user, form, null, errors, model, locale);
    }

    @GetMapping("/declarations/{id}")
    public String detail(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                         @RequestParam(required = false) String done, Model model, Locale locale,
                         HttpServletResponse response) {
        Optional<DeclarationView> view = pages.view(user, id, locale);
        if (view.isEmpty()) {
            return pages.notFound(id, model, response);
        }
        return showDetail(user, view.get(), done, List.of(), model, locale);
    }

    /** The demo's bank: the outstanding amount is confirmed as paid at once, under a simulated bank reference. */
    @PostMapping("/declarations/{id}/payment")
    public String pay(@AuthenticationPrincipal AppUser user, @PathVariable String id, Model model, Locale locale,
                      HttpServletResponse response, RedirectAttributes redirect) {
        Optional<DeclarationView> view = pages.view(user, id, locale);
        if (view.isEmpty()) {
            return pages.notFound(id, model, response);
        }
        String bankReference = "SIMBANK-" + DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .format(OffsetDateTime.now(ZoneOffset.UTC)) + "-" + UUID.randomUUID().toString().substring(0, 6)
                .toUpperCase(Locale.ROOT);
        return act(user, view.get(), () -> service.pay(user, id, view.get().outstanding(), bankReference), "paid",
                model, locale, redirect);
    }

    @PostMapping("/declarations/{id}/cancellation")
    public String cancel(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                         @RequestParam(required = false) String reason, Model model, Locale locale,
                         HttpServletResponse response, RedirectAttributes redirect) {
        Optional<DeclarationView> view = pages.view(user, id, locale);
        if (view.isEmpty()) {
            return pages.notFound(id, model, response);
        }
        if (reason == null || reason.isBlank()) {
            return showDetail(user, view.get(), null, List.of(new FieldError("reason",
                    messages.getMessage("declaration.error.reason", null, locale))), model, locale);
        }
        return act(user, view.get(), () -> service.cancel(user, id, reason.strip()), "cancelled", model, locale,
                redirect);
    }

    @GetMapping("/declarations/{id}/amendment")
    public String amendForm(@AuthenticationPrincipal AppUser user, @PathVariable String id, Model model,
                            Locale locale, HttpServletResponse response) {
        Optional<DeclarationView> view = pages.view(user, id, locale);
        if (view.isEmpty() || view.get().request() == null || !user.actsFor(view.get().declaration().importer())) {
            return pages.notFound(id, model, response);
        }
        return showForm(user, DeclarationForm.of(view.get().request()), view.get(), List.of(), model, locale);
    }

    /** The amendment form's buttons, and from its check page: submit the amendment or change the answers. */
    @PostMapping("/declarations/{id}/amendment")
    public String amendPosted(@AuthenticationPrincipal AppUser user, @PathVariable String id,
                              @ModelAttribute("form") DeclarationForm form,
                              @RequestParam(defaultValue = "check") String action, Model model, Locale locale,
                              HttpServletResponse response, RedirectAttributes redirect) {
        Optional<DeclarationView> view = pages.view(user, id, locale);
        if (view.isEmpty() || !user.actsFor(view.get().declaration().importer())) {
            return pages.notFound(id, model, response);
        }
        // the importer and reference identify the declaration: they stay as lodged
        form.setImporter(view.get().declaration().importer());
        form.setReference(view.get().declaration().reference());
        if (!"submit".equals(action)) {
            return step(user, form, view.get(), action, model, locale);
        }
        form.compact();
        List<Integer> badLines = new ArrayList<>();
        DeclarationRequestJson request = form.toRequest(badLines);
        List<FieldError> errors = attributeErrors(badLines, locale);
        if (errors.isEmpty()) {
            try {
                service.amend(user, id, request);
                redirect.addAttribute("done", "amended");
                return "redirect:/declarations/" + id;
            } catch (DeclarationProblem p) {
                errors.addAll(PageErrors.of(p.errors(), form.getItems().size(), locale));
            }
        }
        return showForm(user, form, view.get(), errors, model, locale);
    }

    /** Add or remove an item row, go back to the form, or check the answers (a dry run of the engine). */
    private String step(AppUser user, DeclarationForm form, DeclarationView amending, String action, Model model,
                        Locale locale) {
        if ("addItem".equals(action)) {
            form.addItem();
            return showForm(user, form, amending, List.of(), model, locale);
        }
        if (action.startsWith("remove-")) {
            try {
                form.removeItem(Integer.parseInt(action.substring("remove-".length())));
            } catch (NumberFormatException ignored) {
                // a hand-made action names no row: nothing to remove
            }
            return showForm(user, form, amending, List.of(), model, locale);
        }
        form.compact();
        if ("change".equals(action)) {
            return showForm(user, form, amending, List.of(), model, locale);
        }
        List<Integer> badLines = new ArrayList<>();
        DeclarationRequestJson request = form.toRequest(badLines);
        List<FieldError> errors = attributeErrors(badLines, locale);
        List<BilingualError> refused = new ArrayList<>();
        if (amending == null && request.reference() == null) {
            refused.add(new BilingualError("DEC-001", "reference", "Enter your reference for this declaration",
                    "请填写本报关单的内部编号"));
        }
        List<StoredEnterprise> mine = enterprises.forUser(user.username());
        StoredEnterprise importer = mine.stream().filter(e -> e.uscc().equals(request.importer())).findFirst()
                .orElse(null);
        if (importer == null) {
            // a missing importer is a missing header field (DEC-001); DEC-002 is the core's unknown trade mode
            refused.add(request.importer() == null
                    ? new BilingualError("DEC-001", "importer", "Choose the importer you declare for",
                    "请选择您代理申报的收货人（进口企业）")
                    : new BilingualError(DeclarationProblem.NOT_AUTHORISED, "importer",
                    "You are not authorised to declare for enterprise " + request.importer(),
                    "您无权代理企业 " + request.importer() + " 申报"));
        }
        AssessmentJson assessment = null;
        if (importer != null || !mine.isEmpty()) {
            // the same checks and assessment lodging runs; nothing is stored and no channel is drawn
            DeclarationEngine.Outcome outcome = engine.lodge(request, importer != null ? importer : mine.get(0), 0,
                    0L, user.username(), Instant.now());
            if (outcome instanceof DeclarationEngine.Refused r) {
                refused.addAll(r.errors());
            } else if (outcome instanceof DeclarationEngine.Accepted a && a.assessment() != null) {
                assessment = AssessmentJson.of(a.assessment());
            }
        }
        errors.addAll(PageErrors.of(refused, form.getItems().size(), locale));
        if (!errors.isEmpty() || assessment == null) {
            return showForm(user, form, amending, errors, model, locale);
        }
        pages.addChoices(model, locale);
        model.addAttribute("form", form);
        model.addAttribute("request", request);
        model.addAttribute("assessment", assessment);
        model.addAttribute("importerName", pages.name(importer, locale));
        model.addAttribute("amending", amending);
        model.addAttribute("errors", List.of());
        return "declarations/check";
    }

    private List<FieldError> attributeErrors(List<Integer> badLines, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        for (int i : badLines) {
            errors.add(new FieldError("items-" + i + "-attributes",
                    messages.getMessage("declaration.error.attributes", new Object[] {i + 1}, locale)));
        }
        return errors;
    }

    private String showForm(AppUser user, DeclarationForm form, DeclarationView amending, List<FieldError> errors,
                            Model model, Locale locale) {
        pages.addChoices(model, locale);
        model.addAttribute("form", form);
        model.addAttribute("importers", enterprises.forUser(user.username()));
        model.addAttribute("amending", amending);
        model.addAttribute("errors", PageErrors.inFormOrder(errors));
        model.addAttribute("fieldErrors", PageErrors.byField(errors));
        return "declarations/form";
    }

    private String showDetail(AppUser user, DeclarationView view, String done, List<FieldError> errors, Model model,
                              Locale locale) {
        pages.addDetail(model, view, locale);
        boolean own = user.actsFor(view.declaration().importer());
        model.addAttribute("own", own);
        model.addAttribute("canPay", view.canPay() && (own || user.has(Role.ADMIN)));
        model.addAttribute("done", done);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", PageErrors.byField(errors));
        return "declarations/detail";
    }

    private String act(AppUser user, DeclarationView view, Runnable command, String done, Model model, Locale locale,
                       RedirectAttributes redirect) {
        try {
            command.run();
            redirect.addAttribute("done", done);
            return "redirect:/declarations/" + view.declaration().id();
        } catch (DeclarationProblem p) {
            DeclarationView now = pages.view(user, view.declaration().id(), locale).orElse(view);
            return showDetail(user, now, null, PageErrors.of(p.errors(), 0, locale), model, locale);
        }
    }
}
