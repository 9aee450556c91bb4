package org.importwindow.server.web.declaration;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.importwindow.reference.Country;
import org.importwindow.reference.Currency;
import org.importwindow.reference.PreferentialArrangement;
import org.importwindow.server.declaration.DeclarationAssessments;
import org.importwindow.server.declaration.DeclarationProblem;
import org.importwindow.server.declaration.DeclarationService;
import org.importwindow.server.declaration.StoredDeclaration;
import org.importwindow.server.enterprise.EnterpriseStore;
import org.importwindow.server.enterprise.StoredEnterprise;
import org.importwindow.server.security.AppUser;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.server.web.Labels;
import org.importwindow.tariff.duty.Unit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/** What the declarant's and the officer's pages share: reading a declaration the user may see, choices, names. */
@Component
public class DeclarationPages {

    static final List<String> KINDS = List.of("STANDARD", "ADVANCE", "TWO_STEP_SUMMARY", "TWO_STEP_FULL");
    static final List<String> TRANSPORT_MODES = List.of("2", "3", "4", "5", "6", "9");
    static final List<String> PRICE_TERMS = List.of("CIF", "CFR", "FOB");

    private final DeclarationService service;
    private final EnterpriseStore enterprises;
    private final TariffCatalogue catalogue;
    private final MessageSource messages;
    private final JsonMapper json;
    private final ZoneId zone;
    private final DeclarationAssessments assessments;

    public DeclarationPages(DeclarationService service, EnterpriseStore enterprises, TariffCatalogue catalogue,
                            MessageSource messages, JsonMapper json,
                            @Value("${importwindow.zone:Asia/Shanghai}") ZoneId zone,
                            DeclarationAssessments assessments) {
        this.service = service;
        this.enterprises = enterprises;
        this.catalogue = catalogue;
        this.messages = messages;
        this.json = json;
        this.zone = zone;
        this.assessments = assessments;
    }

    /** The declaration with its timeline, if the user may see it (otherwise it does not exist for them). */
    Optional<DeclarationView> view(AppUser user, String id, Locale locale) {
        try {
            var d = service.visible(user, id);
            return Optional.of(DeclarationView.of(d, assessments.of(d), service.events(user, id), json, zone,
                    lang(locale)));
        } catch (DeclarationProblem notVisible) {
            return Optional.empty();
        }
    }

    /** The declaration's snapshots read back, without its events and without the worded assessment (for lists). */
    DeclarationView withoutTimeline(StoredDeclaration d, Locale locale) {
        return DeclarationView.of(d, null, List.of(), json, zone, lang(locale));
    }

    String notFound(String id, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("id", id);
        return "declarations/not-found";
    }

    String name(StoredEnterprise e, Locale locale) {
        if (e == null) {
            return "";
        }
        String name = "zh".equals(lang(locale)) ? e.nameZh() : e.nameEn();
        return name == null || name.isBlank() ? e.uscc() : name;
    }

    void addDetail(Model model, DeclarationView view, Locale locale) {
        addChoices(model, locale);
        model.addAttribute("view", view);
        model.addAttribute("d", view.declaration());
        model.addAttribute("request", view.request());
        model.addAttribute("assessment", view.assessment());
        model.addAttribute("importerName", enterprises.find(view.declaration().importer())
                .map(e -> name(e, locale)).orElse(view.declaration().importer()));
    }

    /** Code lists of the form and the labels of the tariff's codes, from one snapshot of the tariff. */
    void addChoices(Model model, Locale locale) {
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        Labels labels = new Labels(snapshot, locale, messages);
        Collator collator = Collator.getInstance(locale);
        model.addAttribute("labels", labels);
        model.addAttribute("amounts", new Amounts(labels));
        model.addAttribute("countries", snapshot.reference().countries().stream()
                .sorted(Comparator.comparing((Country c) -> labels.country(c.code()), collator)).toList());
        List<Currency> currencies = new ArrayList<>(snapshot.reference().currencies());
        currencies.sort(Comparator.comparing((Currency c) -> !c.code().equals("CNY")).thenComparing(Currency::code));
        model.addAttribute("currencies", currencies);
        model.addAttribute("arrangements", snapshot.reference().arrangements().stream()
                .sorted(Comparator.comparing(PreferentialArrangement::category)
                        .thenComparing(PreferentialArrangement::code)).toList());
        model.addAttribute("units", List.of(Unit.values()));
        model.addAttribute("kinds", KINDS);
        model.addAttribute("transportModes", TRANSPORT_MODES);
        model.addAttribute("priceTerms", PRICE_TERMS);
    }

    static String lang(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? "zh" : "en";
    }
}
