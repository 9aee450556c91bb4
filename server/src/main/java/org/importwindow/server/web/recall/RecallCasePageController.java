package org.importwindow.server.web.recall;

import jakarta.servlet.http.HttpServletResponse;
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
 * the forms of the importer's steps (plan with one or more products, notice, progress, closure) and of the
 * regulator's (open an investigation, order a recall). Forms post plain HTML (no JavaScript needed);
 * a refused step shows the GOV.UK-style error summary with each error's rule code, linked to its field, and the
 * form keeps what was typed.
 */
@Controller
public class RecallCasePageController {
    /** Product rows a plan form shows at first, and the most it takes. */
    static final int MIN_PRODUCT_ROWS = 3;
    static final int MAX_PRODUCTS = 20;

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
        return cases(user, overdue, model, List.of(), Map.of());
    }

    /**
     * The regulator opens an investigation from the list page (the same step as a flagged complaints signal);
     * refused, the list page shows the error summary above the form, which keeps what was typed.
     */
    @PostMapping("/recall-cases/investigations")
    public String investigate(@AuthenticationPrincipal AppUser user, @RequestParam Map<String, String> form,
                              Model model, Locale locale) {
        try {
            RecallJson.Case c = service.investigate(user, new RecallJson.Investigation(trim(form.get("enterprise")),
                    form.get("productName"), form.get("brand"), trim(form.get("gtin")), form.get("model"),
                    form.get("reason"), date(form, "on")));
            return "redirect:/recall-cases/" + c.id();
        } catch (RecallProblem e) {
            List<FieldError> errors = new ArrayList<>();
            for (BilingualError b : e.errors()) {
                String path = "product".equals(b.path()) ? "productName" : b.path();
                errors.add(new FieldError(path != null && path.matches("[A-Za-z]+") ? "investigation-" + path : null,
                        message(b, locale)));
            }
            return cases(user, false, model, errors, form);
        }
    }

    private String cases(AppUser user, boolean overdue, Model model, List<FieldError> errors,
                         Map<String, String> form) {
        model.addAttribute("cases", service.list(user, null, overdue));
        model.addAttribute("overdueOnly", overdue);
        model.addAttribute("regulator", user.has(Role.REGULATOR) || user.has(Role.ADMIN));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "recalls/cases";
    }

    @GetMapping("/recall-cases/{id}")
    public String detail(@AuthenticationPrincipal AppUser user, @PathVariable String id, Model model,
                         HttpServletResponse response) {
        try {
            return show(user, id, model, List.of(), Map.of(), null);
        } catch (RecallProblem e) {
            return notFound(model, response, id);
        }
    }

    @PostMapping("/recall-cases/{id}/{step}")
    public String step(@AuthenticationPrincipal AppUser user, @PathVariable String id, @PathVariable String step,
                       @RequestParam Map<String, String> form, Model model, Locale locale,
                       HttpServletResponse response) {
        List<Integer> rows = new ArrayList<>();
        try {
            switch (step) {
                case "plan" -> {
                    if (form.containsKey("addProduct")) {
                        // "add another product" without JavaScript: the same form back with one more empty row
                        return show(user, id, model, List.of(), form, step);
                    }
                    service.submitPlan(user, id, plan(form, rows));
                }
                case "order" -> service.order(user, id, new RecallJson.Order(trim(form.get("enterprise")),
                        form.get("reason"), date(form, "on")));
                case "notice" -> service.publishNotice(user, id, new RecallJson.Notice(form.get("titleZh"),
                        form.get("titleEn"), form.get("textZh"), form.get("textEn"), date(form, "on")));
                case "progress" -> service.reportProgress(user, id, new RecallJson.Progress(levels(form),
                        form.get("note"), date(form, "on")));
                case "closure" -> service.close(user, id, new RecallJson.Closure(form.get("summary"), levels(form),
                        date(form, "on")));
                default -> {
                    return notFound(model, response, id);
                }
            }
            return "redirect:/recall-cases/" + id;
        } catch (RecallProblem e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                return notFound(model, response, id);
            }
            List<FieldError> errors = new ArrayList<>();
            for (BilingualError b : e.errors()) {
                errors.add(new FieldError(field(step, b.path(), rows), message(b, locale)));
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
        model.addAttribute("regulator", user.has(Role.REGULATOR) || user.has(Role.ADMIN));
        model.addAttribute("productRows", productRows("plan".equals(step) ? form : Map.of()));
        model.addAttribute("levels", ChainLevel.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("remedies", Remedy.values());
        return "recalls/case";
    }

    /** Another enterprise's case is answered as if it did not exist (404), as the API does. */
    private static String notFound(Model model, HttpServletResponse response, String id) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("what", id);
        return "not-found";
    }

    private static String message(BilingualError b, Locale locale) {
        String message = "zh".equals(locale.getLanguage()) ? b.messageZh() : b.message();
        return message + " (" + b.code() + ")";
    }

    /**
     * The id of the form field an error's API path names: products[i].gtin is the gtin of the i-th product the plan
     * kept, i.e. of form row rows[i] (empty rows are left out); levels[i] is the table; the notice, progress, closure
     * and order forms prefix their ids with the step, as they may share a page with the plan form.
     */
    static String field(String step, String path, List<Integer> rows) {
        if (path == null || path.isBlank()) {
            return null;
        }
        if (path.startsWith("levels")) {
            return step + "-levels";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^products\\[(\\d+)]\\.?(\\w*)").matcher(path);
        if (m.find()) {
            int i = Integer.parseInt(m.group(1));
            int row = i < rows.size() ? rows.get(i) : i;
            return "product-" + row + "-" + (m.group(2).isEmpty() ? "name" : m.group(2));
        }
        if (path.startsWith("product-")) {
            return path;
        }
        if (path.equals("products")) {
            return "product-0-name";
        }
        if (!path.matches("[A-Za-z0-9-]+")) {
            return null;
        }
        return switch (step) {
            case "notice", "progress", "closure", "order" -> step + "-" + path;
            default -> path;
        };
    }

    /** The product rows a plan form shows: at least three, and one empty row after the last one filled. */
    static int productRows(Map<String, String> form) {
        int last = -1;
        for (int i = 0; i < MAX_PRODUCTS; i++) {
            if (filled(form, i)) {
                last = i;
            }
        }
        int rows = Math.max(MIN_PRODUCT_ROWS, last + 2);
        if (form.containsKey("addProduct")) {
            rows = Math.max(rows, parseRows(form.get("rows")) + 1);
        } else if (form.containsKey("rows")) {
            rows = Math.max(rows, parseRows(form.get("rows")));
        }
        return Math.min(rows, MAX_PRODUCTS);
    }

    private static int parseRows(String v) {
        try {
            return v == null ? 0 : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static final String[] PRODUCT_FIELDS = {"name", "brand", "model", "gtin", "lots", "quantity", "hsCode",
        "originCountry", "producedFrom", "producedTo", "importedFrom", "importedTo"};

    private static boolean filled(Map<String, String> f, int row) {
        for (String name : PRODUCT_FIELDS) {
            if (!blank(f.get("product-" + row + "-" + name))) {
                return true;
            }
        }
        return false;
    }

    /** The plan of the form: every product row with something typed in it, in order; {@code rows} gets their rows. */
    private static RecallJson.Plan plan(Map<String, String> f, List<Integer> rows) {
        List<RecallJson.Product> products = new ArrayList<>();
        for (int i = 0; i < MAX_PRODUCTS; i++) {
            if (filled(f, i)) {
                rows.add(i);
                products.add(product(f, "product-" + i + "-"));
            }
        }
        return new RecallJson.Plan(null, products, f.get("defect"), f.get("hazard"),
                choice(RiskLevel.class, f.get("riskLevel")), choice(Remedy.class, f.get("remedy")),
                date(f, "defectConfirmedOn"),
                date(f, "plannedCompletion"), f.get("consumerContact"), date(f, "on"));
    }

    private static RecallJson.Product product(Map<String, String> f, String p) {
        List<String> lots = f.get(p + "lots") == null ? List.of()
                : List.of(f.get(p + "lots").split("[,，\\s]+")).stream().filter(s -> !s.isBlank()).toList();
        return new RecallJson.Product(f.get(p + "name"), f.get(p + "brand"), f.get(p + "model"), trim(f.get(p + "gtin")),
                lots, date(f, p + "producedFrom"), date(f, p + "producedTo"), date(f, p + "importedFrom"),
                date(f, p + "importedTo"), number(f, p + "quantity"), trim(f.get(p + "hsCode")),
                trim(f.get(p + "originCountry")) == null ? null
                        : f.get(p + "originCountry").strip().toUpperCase(Locale.ROOT));
    }

    /** A select's value; one that is not an option (a hand-made post) counts as none, which the rules refuse. */
    private static <E extends Enum<E>> E choice(Class<E> type, String v) {
        if (blank(v)) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return blank(s) ? null : s.strip();
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
