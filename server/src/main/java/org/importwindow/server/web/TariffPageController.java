package org.importwindow.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.Section;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.MeasureType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tariff browser: sections, chapters, headings, subheadings and national lines, each node on one page with its
 * breadcrumb and children, and for a declarable line every measure in force on the chosen date, grouped by type.
 */
@Controller
public class TariffPageController {

    static final int SEARCH_LIMIT = 50;

    private final TariffCatalogue catalogue;
    private final MessageSource messages;
    private final AsOfDate asOf;

    public TariffPageController(TariffCatalogue catalogue, MessageSource messages, AsOfDate asOf) {
        this.catalogue = catalogue;
        this.messages = messages;
        this.asOf = asOf;
    }

    /** Measures of one type, for the commodity page. */
    public record MeasureGroup(MeasureType type, List<Measure> measures) {
    }

    /** A section with its chapters, for the browser's first page. */
    public record SectionEntry(Section section, List<Commodity> chapters) {
    }

    @GetMapping("/tariff")
    public String sections(Model model, Locale locale) {
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        Nomenclature n = snapshot.schedule().nomenclature();
        List<SectionEntry> entries = n.sections().stream()
                .map(s -> new SectionEntry(s, n.chapters(s.numeral()))).toList();
        model.addAttribute("sections", entries);
        model.addAttribute("labels", new Labels(snapshot, locale, messages));
        return "tariff/sections";
    }

    @GetMapping("/tariff/sections/{numeral}")
    public String section(@PathVariable String numeral, Model model, Locale locale, HttpServletResponse response) {
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        Nomenclature n = snapshot.schedule().nomenclature();
        Optional<Section> section = n.section(numeral.toUpperCase(Locale.ROOT));
        if (section.isEmpty()) {
            return notFound(model, response, numeral);
        }
        model.addAttribute("section", section.get());
        model.addAttribute("chapters", n.chapters(section.get().numeral()));
        model.addAttribute("labels", new Labels(snapshot, locale, messages));
        return "tariff/section";
    }

    @GetMapping("/tariff/chapters/{code}")
    public String chapter(@PathVariable String code, @RequestParam(required = false) String date, Model model,
                          Locale locale, HttpServletResponse response) {
        return commodity(code, date, model, locale, response);
    }

    @GetMapping("/tariff/headings/{code}")
    public String heading(@PathVariable String code, @RequestParam(required = false) String date, Model model,
                          Locale locale, HttpServletResponse response) {
        return commodity(code, date, model, locale, response);
    }

    @GetMapping("/tariff/commodities/{code}")
    public String commodity(@PathVariable String code, @RequestParam(required = false) String date, Model model,
                            Locale locale, HttpServletResponse response) {
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        Nomenclature n = snapshot.schedule().nomenclature();
        String digits = code.replaceAll("[\\s.]", "");
        Optional<Commodity> found = n.commodity(digits);
        if (found.isEmpty()) {
            return notFound(model, response, code);
        }
        Commodity commodity = found.get();
        Optional<LocalDate> asked = AsOfDate.parse(date);
        LocalDate asOf = asked.orElseGet(() -> this.asOf.today());
        model.addAttribute("dateInvalid", date != null && !date.isBlank() && asked.isEmpty());
        model.addAttribute("date", asOf);
        model.addAttribute("commodity", commodity);
        model.addAttribute("section", n.section(commodity.section()).orElse(null));
        model.addAttribute("ancestors", n.ancestors(commodity.code()));
        model.addAttribute("children", n.children(commodity.code()));
        model.addAttribute("measureGroups", groups(snapshot.schedule().measuresFor(commodity.code(), asOf)));
        model.addAttribute("labels", new Labels(snapshot, locale, messages));
        return "tariff/commodity";
    }

    @GetMapping("/tariff/search")
    public String search(@RequestParam(required = false) String q, Model model, Locale locale,
                         @RequestHeader(value = "HX-Request", required = false) String htmx) {
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        String query = q == null ? "" : q.strip();
        List<Commodity> results = query.isEmpty() ? List.of()
                : snapshot.schedule().nomenclature().search(query, SEARCH_LIMIT + 1);
        model.addAttribute("q", query);
        model.addAttribute("results", results.size() > SEARCH_LIMIT ? results.subList(0, SEARCH_LIMIT) : results);
        model.addAttribute("more", results.size() > SEARCH_LIMIT);
        model.addAttribute("labels", new Labels(snapshot, locale, messages));
        // htmx asks for the results list only, to replace it while the user types
        return htmx != null ? "tariff/search :: results" : "tariff/search";
    }

    /** Measures grouped by type in the order of {@link MeasureType}; areas in a stable order inside a group. */
    static List<MeasureGroup> groups(List<Measure> measures) {
        Map<MeasureType, List<Measure>> byType = new EnumMap<>(MeasureType.class);
        for (Measure m : measures) {
            byType.computeIfAbsent(m.type(), t -> new ArrayList<>()).add(m);
        }
        List<MeasureGroup> groups = new ArrayList<>();
        byType.forEach((type, list) -> {
            list.sort(Comparator.comparing((Measure m) -> m.arrangement() == null ? "" : m.arrangement())
                    .thenComparing(Measure::geographicalArea)
                    .thenComparing(Measure::validFrom));
            groups.add(new MeasureGroup(type, List.copyOf(list)));
        });
        return groups;
    }

    private String notFound(Model model, HttpServletResponse response, String what) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("what", what);
        return "not-found";
    }
}
