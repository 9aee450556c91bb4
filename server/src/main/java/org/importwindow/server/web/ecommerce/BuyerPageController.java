package org.importwindow.server.web.ecommerce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.allowance.Limits;
import org.importwindow.ecommerce.ResidentIdNumber;
import org.importwindow.law.DatedParameters;
import org.importwindow.law.DatedValue;
import org.importwindow.law.LegalParameters;
import org.importwindow.server.ecommerce.CbecStatistics;
import org.importwindow.server.ecommerce.CbecStatistics.ListRow;
import org.importwindow.server.ecommerce.PersonKeys;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.server.web.AsOfDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The buyer's page, public: the resident ID number and the name give this calendar year's use of the cross-border
 * e-commerce allowance, what remains of it under the limits in force today in China, and the buyer's inventory
 * lists.
 *
 * <p>The ID number is personal information. It is posted (never put in a URL, which browsers and proxies keep), used
 * only to compute the buyer's key ({@link PersonKeys}), shown only masked, never written back into the form and
 * never logged. Nothing is looked up unless the number passes the GB 11643 check. The lists are shown, and the usage
 * with them, only when the name is the buyer's name on them; otherwise the page says that no lists were found and
 * shows the limits only — exactly what a buyer without purchases sees — so the page does not tell a stranger
 * whether a number has bought anything.
 */
@Controller
public class BuyerPageController {
    static final int LIMIT = 200;
    static final AllowanceScheme SCHEME = AllowanceScheme.CBEC_RETAIL_IMPORT;

    private final PersonKeys keys;
    private final CbecStatistics statistics;
    private final TariffCatalogue catalogue;
    private final AsOfDate asOf;
    private final MessageSource messages;

    public BuyerPageController(PersonKeys keys, CbecStatistics statistics, TariffCatalogue catalogue, AsOfDate asOf,
                               MessageSource messages) {
        this.keys = keys;
        this.statistics = statistics;
        this.catalogue = catalogue;
        this.asOf = asOf;
        this.messages = messages;
    }

    /** One entry of the error summary: the id of the field it links to and the message. */
    public record FieldError(String field, String message) {
    }

    /** A limit in force today with the act that set it. */
    public record Limit(BigDecimal amount, String legalAct) {
    }

    /**
     * What the page answers. {@code usage}, {@code remaining} and {@code nextMost} are null when no list bears the
     * name given (the page then shows the limits only).
     *
     * @param nextMost the most the next purchase may cost within both limits (one single item may exceed the
     *                 single limit, taxed in full, but never the annual remainder)
     */
    public record Result(String maskedId, String buyerName, int year, LocalDate today, Limit single, Limit annual,
                         BigDecimal usage, BigDecimal remaining, BigDecimal nextMost, List<ListRow> lists) {
        public boolean found() {
            return !lists.isEmpty();
        }
    }

    @GetMapping("/cbec/buyer")
    public String form(Model model, Locale locale) {
        return page(model, locale, "", List.of(), null);
    }

    @PostMapping("/cbec/buyer")
    public String lookUp(@RequestParam(required = false) String idNumber,
                         @RequestParam(required = false) String buyerName, Model model, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        String id = idNumber == null ? "" : idNumber.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
        String name = buyerName == null ? "" : buyerName.strip().replaceAll("\\s+", " ");
        LocalDate today = asOf.today();
        List<FieldError> errors = new ArrayList<>();
        if (id.isEmpty()) {
            errors.add(new FieldError("idNumber", message("cbec.buyer.error.idMissing", locale)));
        } else {
            Optional<ResidentIdNumber.Problem> problem = ResidentIdNumber.problem(id, today);
            problem.ifPresent(p -> errors.add(new FieldError("idNumber",
                    messages.getMessage("cbec.buyer.error.idInvalid", new Object[] {zh ? p.zh() : p.en()}, locale))));
        }
        if (name.isEmpty()) {
            errors.add(new FieldError("buyerName", message("cbec.buyer.error.nameMissing", locale)));
        } else if (name.length() > 100) {
            errors.add(new FieldError("buyerName", message("cbec.buyer.error.nameLong", locale)));
        }
        if (!errors.isEmpty()) {
            return page(model, locale, name, errors, null);
        }
        String key = keys.of(id);
        List<ListRow> lists = statistics.listsOfPerson(key, LIMIT).stream()
                .filter(l -> sameName(name, l.buyerName())).toList();
        LegalParameters parameters = catalogue.parameters();
        Limits limits = Limits.of(SCHEME, parameters, today);
        Limit single = new Limit(limits.single(), act(parameters, SCHEME.singleLimitParameter().orElseThrow(), today));
        Limit annual = new Limit(limits.period(), act(parameters, SCHEME.periodLimitParameter(), today));
        BigDecimal usage = null;
        BigDecimal remaining = null;
        BigDecimal nextMost = null;
        if (!lists.isEmpty()) {
            usage = statistics.usage(key, today.getYear());
            remaining = limits.remaining(usage);
            nextMost = remaining.min(limits.single());
        }
        Result result = new Result(ResidentIdNumber.mask(id), name, today.getYear(), today, single, annual, usage,
                remaining, nextMost, lists);
        return page(model, locale, name, List.of(), result);
    }

    private String page(Model model, Locale locale, String name, List<FieldError> errors, Result result) {
        model.addAttribute("cbec", new CbecLabels(messages, locale));
        // the ID number is never written back: the field stays empty, the result shows it masked
        model.addAttribute("buyerName", name);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", errors.stream().collect(java.util.stream.Collectors.toMap(
                FieldError::field, FieldError::message, (a, b) -> a + " " + b, java.util.LinkedHashMap::new)));
        model.addAttribute("result", result);
        return "cbec/buyer";
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }

    /**
     * The name as on the lists: the same once spaces are evened out, and Latin letters compared without case
     * (a buyer may type "zhang san" for "Zhang San"); Chinese names must be the same characters.
     */
    static boolean sameName(String typed, String onList) {
        if (onList == null) {
            return false;
        }
        String a = typed.strip().replaceAll("\\s+", " ");
        String b = onList.strip().replaceAll("\\s+", " ");
        return a.equalsIgnoreCase(b);
    }

    /** The legal act that set the parameter's value in force on the date, when the parameters say. */
    private static String act(LegalParameters parameters, String id, LocalDate date) {
        if (parameters instanceof DatedParameters dated) {
            return dated.valueOn(id, date).map(DatedValue::legalAct).orElse(null);
        }
        return null;
    }
}
