package org.importwindow.server.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.importwindow.assessment.Alternative;
import org.importwindow.assessment.Assessment;
import org.importwindow.assessment.AssessmentRequest;
import org.importwindow.assessment.InvalidRequestException;
import org.importwindow.assessment.ItemAssessment;
import org.importwindow.assessment.ItemRequest;
import org.importwindow.assessment.Violation;
import org.importwindow.reference.Country;
import org.importwindow.reference.Currency;
import org.importwindow.reference.PreferentialArrangement;
import org.importwindow.reference.ReferenceData;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.tariff.duty.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The duty calculator: a form for one goods item, then the breakdown the assessor gives (duty, additional duties,
 * consumption tax, VAT, totals), its explanation, the alternatives it passed over, and links that re-run the
 * calculation claiming another arrangement. The form is sent with GET so that a result is a plain link (bookmark,
 * language switch and "what if" links keep it, and it works without JavaScript); POST is accepted too.
 * Wrong answers re-show the form with an error summary linking to each field.
 */
@Controller
public class CalculatorPageController {

    private static final Logger log = LoggerFactory.getLogger(CalculatorPageController.class);
    private static final Pattern ITEM_PREFIX = Pattern.compile("^items\\[\\d+]\\.?");
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_.]*)\\s*=\\s*(\\S.*?)\\s*$");
    private static final Set<String> FIELDS = Set.of("date", "currency", "commodityCode", "origin", "customsValue",
            "quantity", "unit", "preference", "proofOfOrigin", "quotaCertificate", CalculatorForm.CYLINDER,
            CalculatorForm.BATTERY_ELECTRIC, "otherAttributes");

    private final TariffCatalogue catalogue;
    private final MessageSource messages;
    private final AsOfDate asOf;

    public CalculatorPageController(TariffCatalogue catalogue, MessageSource messages, AsOfDate asOf) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.asOf = asOf;
    }

    /** One entry of the error summary: the id of the field it links to (null for the form) and the message. */
    public record FieldError(String field, String message) {
    }

    /** An arrangement the user may claim instead, for the "what if" links. */
    public record WhatIf(String arrangement, String url) {
    }

    @GetMapping("/calculator")
    public String form(@ModelAttribute("form") CalculatorForm form, Model model, Locale locale) {
        if (form.getDate() == null || form.getDate().isBlank()) {
            form.setDate(this.asOf.today().toString());
        }
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        addChoices(model, snapshot, locale);
        model.addAttribute("errors", List.of());
        model.addAttribute("fieldErrors", Map.of());
        return "calculator/form";
    }

    @GetMapping("/calculator/result")
    public String result(@ModelAttribute("form") CalculatorForm form, Model model, Locale locale) {
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        List<FieldError> errors = new ArrayList<>();
        AssessmentRequest request = toRequest(form, errors, locale);
        if (errors.isEmpty()) {
            try {
                Assessment assessment = snapshot.assessor().assess(request);
                model.addAttribute("assessment", assessment);
                model.addAttribute("item", assessment.items().get(0));
                ItemAssessment item = assessment.items().get(0);
                Set<String> claimable = claimable(snapshot.reference(), item.origin(), assessment.date());
                model.addAttribute("claimable", claimable);
                model.addAttribute("whatIfs", whatIfs(form, item, claimable));
                model.addAttribute("labels", new Labels(snapshot, locale, messages));
                return "calculator/result";
            } catch (InvalidRequestException e) {
                for (Violation v : e.violations()) {
                    errors.add(new FieldError(fieldFor(v.path()),
                            messages.getMessage("violation." + v.code(), new Object[] {v.message()},
                                    v.message(), locale)
                                    + " (" + v.code() + ")"));
                }
            } catch (RuntimeException e) {
                // the engine failing must not lose the user's answers: show the form with a plain message
                log.warn("Assessment failed for {}", request, e);
                errors.add(new FieldError(null, messages.getMessage("calculator.error.unavailable", null, locale)));
            }
        }
        addChoices(model, snapshot, locale);
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", byField(errors));
        return "calculator/form";
    }

    @PostMapping("/calculator/result")
    public String resultPosted(@ModelAttribute("form") CalculatorForm form, Model model, Locale locale) {
        return result(form, model, locale);
    }

    /** The request the form describes; format errors (not a number, not a date) go to {@code errors}. */
    AssessmentRequest toRequest(CalculatorForm form, List<FieldError> errors, Locale locale) {
        LocalDate date = null;
        if (blank(form.getDate())) {
            errors.add(error("date", "calculator.error.date.required", locale));
        } else {
            Optional<LocalDate> parsed = AsOfDate.parse(form.getDate());
            if (parsed.isEmpty()) {
                errors.add(error("date", "calculator.error.date.invalid", locale));
            }
            date = parsed.orElse(null);
        }
        String code = form.getCommodityCode() == null ? "" : form.getCommodityCode().replaceAll("[\\s.]", "");
        if (code.isEmpty()) {
            errors.add(error("commodityCode", "calculator.error.commodityCode.required", locale));
        }
        if (blank(form.getOrigin())) {
            errors.add(error("origin", "calculator.error.origin.required", locale));
        }
        BigDecimal value = null;
        if (blank(form.getCustomsValue())) {
            errors.add(error("customsValue", "calculator.error.customsValue.required", locale));
        } else {
            value = number(form.getCustomsValue(), "customsValue", errors, locale);
        }
        BigDecimal quantity = blank(form.getQuantity()) ? null
                : number(form.getQuantity(), "quantity", errors, locale);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!blank(form.getCylinderCapacityLitres())) {
            BigDecimal cc = number(form.getCylinderCapacityLitres(), CalculatorForm.CYLINDER, errors, locale);
            if (cc != null) {
                attributes.put(CalculatorForm.CYLINDER, cc.toPlainString());
            }
        }
        if (!blank(form.getBatteryElectric())) {
            attributes.put(CalculatorForm.BATTERY_ELECTRIC, form.getBatteryElectric().strip());
        }
        if (!blank(form.getOtherAttributes())) {
            for (String line : form.getOtherAttributes().split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = ATTRIBUTE_LINE.matcher(line);
                if (m.matches()) {
                    attributes.put(m.group(1), m.group(2));
                } else {
                    errors.add(new FieldError("otherAttributes", messages.getMessage(
                            "calculator.error.otherAttributes.invalid", new Object[] {line.strip()}, locale)));
                }
            }
        }
        String currency = blank(form.getCurrency()) ? "CNY" : form.getCurrency().strip().toUpperCase(Locale.ROOT);
        ItemRequest item = new ItemRequest(code, blank(form.getOrigin()) ? null
                : form.getOrigin().strip().toUpperCase(Locale.ROOT), value, quantity,
                blank(form.getUnit()) ? null : form.getUnit().strip(), form.getPreference(),
                form.isProofOfOrigin(), form.isQuotaCertificate(), attributes);
        return new AssessmentRequest(date, currency, List.of(item));
    }

    /** The form field a violation's path points to, e.g. {@code items[0].commodityCode -> commodityCode}. */
    static String fieldFor(String path) {
        if (path == null || path.isBlank()) {
            return null;
        }
        String p = ITEM_PREFIX.matcher(path.strip()).replaceFirst("");
        if (p.isEmpty() || p.equals("items")) {
            return "commodityCode";
        }
        if (p.startsWith("attributes")) {
            String name = p.startsWith("attributes.") ? p.substring("attributes.".length()) : "";
            return name.equals(CalculatorForm.CYLINDER) || name.equals(CalculatorForm.BATTERY_ELECTRIC)
                    ? name : "otherAttributes";
        }
        return FIELDS.contains(p) ? p : null;
    }

    /**
     * Arrangements the goods' origin belongs to on the date, that the alternatives name and that were not applied:
     * each becomes a link that claims it (claiming an arrangement of which the origin is no partner is pointless).
     */
    static List<WhatIf> whatIfs(CalculatorForm form, ItemAssessment item, Set<String> claimable) {
        Set<String> seen = new LinkedHashSet<>();
        String applied = item.duty() == null ? null : item.duty().arrangement();
        for (Alternative a : item.alternatives()) {
            if (a.arrangement() != null && !a.arrangement().equals(applied) && claimable.contains(a.arrangement())) {
                seen.add(a.arrangement());
            }
        }
        List<WhatIf> links = new ArrayList<>();
        for (String code : seen) {
            links.add(new WhatIf(code, form.whatIf(code, true)));
        }
        return links;
    }

    /** The codes of the arrangements whose partners include {@code origin} on {@code date}. */
    static Set<String> claimable(ReferenceData reference, String origin, LocalDate date) {
        Set<String> codes = new LinkedHashSet<>();
        for (PreferentialArrangement a : reference.arrangements()) {
            if (reference.covers(a.groupId(), origin, date)) {
                codes.add(a.code());
            }
        }
        return codes;
    }

    private void addChoices(Model model, TariffCatalogue.Snapshot snapshot, Locale locale) {
        Labels labels = new Labels(snapshot, locale, messages);
        Collator collator = Collator.getInstance(locale);
        model.addAttribute("labels", labels);
        model.addAttribute("countries", snapshot.reference().countries().stream()
                .sorted(Comparator.comparing((Country c) -> labels.country(c.code()), collator)).toList());
        List<Currency> currencies = new ArrayList<>(snapshot.reference().currencies());
        // yuan first: most values are declared in it
        currencies.sort(Comparator.comparing((Currency c) -> !c.code().equals("CNY")).thenComparing(Currency::code));
        model.addAttribute("currencies", currencies);
        model.addAttribute("arrangements", snapshot.reference().arrangements().stream()
                .sorted(Comparator.comparing(PreferentialArrangement::category)
                        .thenComparing(PreferentialArrangement::code)).toList());
        model.addAttribute("units", List.of(Unit.values()));
    }

    /** The first message for each field, shown next to it. */
    static Map<String, String> byField(List<FieldError> errors) {
        Map<String, String> map = new LinkedHashMap<>();
        for (FieldError e : errors) {
            if (e.field() != null) {
                map.merge(e.field(), e.message(), (a, b) -> a + " " + b);
            }
        }
        return map;
    }

    private BigDecimal number(String text, String field, List<FieldError> errors, Locale locale) {
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.add(error(field, "calculator.error." + field + ".invalid", locale));
            return null;
        }
    }

    private FieldError error(String field, String key, Locale locale) {
        return new FieldError(field, messages.getMessage(key, null, locale));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
