package org.importwindow.server.web.recall;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.importwindow.recall.ChainLevel;
import org.importwindow.recall.Remedy;
import org.importwindow.recall.RiskLevel;
import org.importwindow.server.recall.RecallJson;
import org.importwindow.server.recall.RecallProblem;
import org.importwindow.server.recall.RecallService;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.security.BilingualError;
import org.importwindow.server.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The importer's and the regulator's recall cases: the list with deadlines and overdue flags, a case's timeline and
 * the forms of the importer's steps (plan, notice, progress, closure). Forms post plain HTML (no JavaScript needed);
 * a refused step shows the GOV.UK-style error summary with each error's rule code, linked to its field, and the
 * form keeps what was typed.
 */
@Controller
public class RecallCasePageController {
    private final RecallService service;

    public RecallCasePageController(RecallService service) {
        this.service = service;
    }

    /** One entry of the error summary: the field it links to (or null) and the message with its rule code. */
    public record FieldError(String field, String message) {
    }

    @GetMapping("/recall-cases")
    public String list(@AuthenticationPrincipal AppUser user, @RequestParam(defaultValue = "false") boolean overdue,
                       Model model) {
        model.addAttribute("cases", service.list(user, null, overdue));
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("regulator", user.has(Role.REGULATOR) || user.has(Role.ADMIN));
        return "recalls/cases";
    }

    @GetMapping("/recall-cases/{id}")
    public String detail(@AuthenticationPrincipal AppUser user, @PathVariable String id, Model model) {
        try {
            return show(user, id, model, List.of(), Map.of(), null);
        } catch (RecallProblem e) {
            return notFound(model);
        }
    }

    @PostMapping("/recall-cases/{id}/{step}")
    public String step(@AuthenticationPrincipal AppUser user, @PathVariable String id, @PathVariable String step,
                       @RequestParam Map<String, String> form, Model model, Locale locale) {
        try {
            switch (step) {
                case "plan" -> service.submitPlan(user, id, plan(form));
                case "notice" -> service.publishNotice(user, id, new RecallJson.Notice(form.get("titleZh"),
                        form.get("titleEn"), form.get("textZh"), form.get("textEn"), date(form, "on")));
                case "progress" -> service.reportProgress(user, id, new RecallJson.Progress(levels(form),
                        form.get("note"), date(form, "on")));
                case "closure" -> service.close(user, id, new RecallJson.Closure(form.get("summary"), levels(form),
                        date(form, "on")));
                default -> {
                    return notFound(model);
                }
            }
            return "redirect:/recall-cases/" + id;
        } catch (RecallProblem e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                return notFound(model);
            }
            List<FieldError> errors = new ArrayList<>();
            for (BilingualError b : e.errors()) {
                String message = "zh".equals(locale.getLanguage()) ? b.messageZh() : b.message();
                errors.add(new FieldError(field(b.path()), message + " (" + b.code() + ")"));
            }
            return show(user, id, model, errors, form, step);
        }
    }

    private String show(AppUser user, String id, Model model, List<FieldError> errors, Map<String, String> form,
                        String step) {
        RecallJson.Case c = service.get(user, id, null);
        model.addAttribute("c", c);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("failedStep", step);
        model.addAttribute("importer", user.has(Role.DECLARANT));
        model.addAttribute("levels", ChainLevel.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("remedies", Remedy.values());
        return "recalls/case";
    }

    private static String notFound(Model model) {
        return "not-found";
    }

    /** The form's id for an API path: products[0].gtin is the single product's gtin field; levels[i] the table. */
    private static String field(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = path.replaceFirst("^products\\[0]\\.", "product-");
        if (p.startsWith("levels")) {
            return "levels";
        }
        return p.matches("[A-Za-z-]+") ? p : null;
    }

    private static RecallJson.Plan plan(Map<String, String> f) {
        List<String> lots = f.get("product-lots") == null ? List.of()
                : List.of(f.get("product-lots").split("[,，\\s]+")).stream().filter(s -> !s.isBlank()).toList();
        RecallJson.Product p = new RecallJson.Product(f.get("product-name"), f.get("product-brand"),
                f.get("product-model"), blank(f.get("product-gtin")) ? null : f.get("product-gtin").strip(), lots,
                date(f, "product-producedFrom"), date(f, "product-producedTo"), date(f, "product-importedFrom"),
                date(f, "product-importedTo"), number(f, "product-quantity"), f.get("product-hsCode"),
                f.get("product-originCountry") == null ? null : f.get("product-originCountry").strip()
                        .toUpperCase(Locale.ROOT));
        return new RecallJson.Plan(null, List.of(p), f.get("defect"), f.get("hazard"),
                blank(f.get("riskLevel")) ? null : RiskLevel.valueOf(f.get("riskLevel")),
                blank(f.get("remedy")) ? null : Remedy.valueOf(f.get("remedy")), date(f, "defectConfirmedOn"),
                date(f, "plannedCompletion"), f.get("consumerContact"), date(f, "on"));
    }

    private static List<RecallJson.Level> levels(Map<String, String> f) {
        List<RecallJson.Level> out = new ArrayList<>();
        for (ChainLevel l : ChainLevel.values()) {
            Long sold = number(f, "sold-" + l);
            Long corrected = number(f, "corrected-" + l);
            if (sold != null || corrected != null) {
                out.add(new RecallJson.Level(l, sold, corrected));
            }
        }
        return out;
    }

    private static Long number(Map<String, String> f, String name) {
        String v = f.get(name);
        if (blank(v)) {
            return null;
        }
        try {
            return Long.parseLong(v.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw RecallProblemFactory.invalid("REC-004", name, "'" + v + "' is not a whole number",
                    "'" + v + "' 不是整数");
        }
    }

    private static LocalDate date(Map<String, String> f, String name) {
        String v = f.get(name);
        if (blank(v)) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw RecallProblemFactory.invalid("REC-005", name, "'" + v + "' is not a date (YYYY-MM-DD)",
                    "'" + v + "' 不是日期（YYYY-MM-DD）");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Form-level refusals in the same shape as the service's. */
    static final class RecallProblemFactory {
        private RecallProblemFactory() {
        }

        static RecallProblem invalid(String code, String path, String en, String zh) {
            return new RecallProblem(HttpStatus.BAD_REQUEST, List.of(new BilingualError(code, path, en, zh)));
        }
    }
}
