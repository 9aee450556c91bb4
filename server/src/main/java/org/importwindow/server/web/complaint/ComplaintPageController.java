package org.importwindow.server.web.complaint;

import java.util.List;
import java.util.Locale;
import org.importwindow.complaint.ComplaintRules;
import org.importwindow.server.complaint.ComplaintProblem;
import org.importwindow.server.complaint.ComplaintService;
import org.importwindow.server.complaint.ComplaintView;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The consumer's complaint pages: file (form, check your answers, file), list, follow one. */
@Controller
public class ComplaintPageController {

    private final ComplaintService service;

    public ComplaintPageController(ComplaintService service) {
        this.service = service;
    }

    @GetMapping("/complaints")
    public String list(@AuthenticationPrincipal AppUser user, Model model) {
        model.addAttribute("complaints", service.list(user, service.today()));
        model.addAttribute("consumer", user.has(Role.CONSUMER));
        model.addAttribute("regulator", ComplaintService.isRegulator(user));
        return "complaints/list";
    }

    @GetMapping("/complaints/new")
    public String newForm(@AuthenticationPrincipal AppUser user, Model model) {
        return form(user, new ComplaintForm(), List.of(), model);
    }

    /** The form's button: check the answers; with errors, the form again with its error summary. */
    @PostMapping("/complaints/new")
    public String check(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") ComplaintForm form,
                        Model model, Locale locale) {
        List<ComplaintPageErrors.FieldError> errors = errors(form, locale);
        if (!errors.isEmpty()) {
            return form(user, form, errors, model);
        }
        model.addAttribute("form", form);
        model.addAttribute("draft", form.draft());
        return "complaints/check";
    }

    /** From the check page: file it, or go back and change the answers. */
    @PostMapping("/complaints")
    public String file(@AuthenticationPrincipal AppUser user, @ModelAttribute("form") ComplaintForm form,
                       @RequestParam(defaultValue = "file") String action, Model model, Locale locale,
                       RedirectAttributes redirect) {
        if (!"file".equals(action)) {
            return form(user, form, List.of(), model);
        }
        try {
            ComplaintView v = service.file(user, form.draft());
            redirect.addAttribute("filed", "true");
            return "redirect:/complaints/" + v.reference();
        } catch (ComplaintProblem p) {
            return form(user, form, ComplaintPageErrors.of(p.errors(), locale), model);
        }
    }

    @GetMapping("/complaints/{reference}")
    public String detail(@AuthenticationPrincipal AppUser user, @PathVariable String reference,
                         @RequestParam(required = false) String filed, Model model,
                         jakarta.servlet.http.HttpServletResponse response) {
        try {
            model.addAttribute("c", service.get(user, reference, service.today()));
        } catch (ComplaintProblem p) {
            response.setStatus(p.status().value());
            model.addAttribute("reference", reference);
            return "complaints/not-found";
        }
        model.addAttribute("filed", filed != null);
        model.addAttribute("regulator", ComplaintService.isRegulator(user));
        return "complaints/detail";
    }

    private String form(AppUser user, ComplaintForm form, List<ComplaintPageErrors.FieldError> errors, Model model) {
        if (!user.has(Role.CONSUMER)) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", ComplaintPageErrors.byField(errors));
        return "complaints/form";
    }

    private static List<ComplaintPageErrors.FieldError> errors(ComplaintForm form, Locale locale) {
        return ComplaintPageErrors.of(ComplaintRules.check(form.draft()).stream()
                .map(v -> ComplaintProblem.invalid(List.of(v)).errors().get(0)).toList(), locale);
    }

}
