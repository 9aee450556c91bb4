package org.importwindow.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.importwindow.reference.Country;
import org.importwindow.reference.CountryGroup;
import org.importwindow.reference.PreferentialArrangement;
import org.importwindow.reference.ReferenceData;
import org.importwindow.server.tariff.TariffCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Countries and, for one country, the preferential arrangements and country groups it belongs to on a date. */
@Controller
public class CountryPageController {

    private final TariffCatalogue catalogue;
    private final MessageSource messages;
    private final AsOfDate asOf;

    public CountryPageController(TariffCatalogue catalogue, MessageSource messages, AsOfDate asOf) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.asOf = asOf;
    }

    @GetMapping("/countries")
    public String countries(Model model, Locale locale) {
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        Labels labels = new Labels(snapshot, locale, messages);
        model.addAttribute("countries", sortedByName(snapshot.reference().countries(), labels, locale));
        model.addAttribute("labels", labels);
        return "countries/list";
    }

    @GetMapping("/countries/{code}")
    public String country(@PathVariable String code, @RequestParam(required = false) String date, Model model,
                          Locale locale, HttpServletResponse response) {
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        ReferenceData reference = snapshot.reference();
        Optional<Country> country = reference.country(code.toUpperCase(Locale.ROOT));
        if (country.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("what", code);
            return "not-found";
        }
        Optional<LocalDate> asked = AsOfDate.parse(date);
        LocalDate asOf = asked.orElseGet(() -> this.asOf.today());
        List<CountryGroup> groups = reference.groupsOf(country.get().code(), asOf);
        Set<String> groupIds = groups.stream().map(CountryGroup::id).collect(Collectors.toSet());
        List<PreferentialArrangement> arrangements = reference.arrangements().stream()
                .filter(a -> groupIds.contains(a.groupId()))
                .sorted(Comparator.comparing(PreferentialArrangement::category)
                        .thenComparing(PreferentialArrangement::code))
                .toList();
        model.addAttribute("country", country.get());
        model.addAttribute("date", asOf);
        model.addAttribute("dateInvalid", date != null && !date.isBlank() && asked.isEmpty());
        model.addAttribute("arrangements", arrangements);
        model.addAttribute("groups", groups.stream()
                .sorted(Comparator.comparing(CountryGroup::kind).thenComparing(CountryGroup::id)).toList());
        model.addAttribute("labels", new Labels(snapshot, locale, messages));
        return "countries/country";
    }

    private static List<Country> sortedByName(java.util.Collection<Country> countries, Labels labels,
                                              Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return countries.stream()
                .sorted(Comparator.comparing((Country c) -> labels.country(c.code()), collator))
                .toList();
    }
}
