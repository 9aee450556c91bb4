package org.importwindow.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.importwindow.reference.Country;
import org.importwindow.reference.CountryGroup;
import org.importwindow.reference.GroupMembership;
import org.importwindow.reference.ReferenceData;
import org.importwindow.server.tariff.TariffCatalogue;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Countries and the groups and preferential arrangements they belong to. */
@RestController
@RequestMapping(path = "/api/v1/countries", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Countries", description = "Countries, their country groups and preferential arrangements")
public class CountryController {
    private final TariffCatalogue catalogue;
    private final ApiDates dates;

    public CountryController(TariffCatalogue catalogue, ApiDates dates) {
        this.catalogue = catalogue;
        this.dates = dates;
    }

    /** A country in lists. */
    public record CountrySummary(String code, String iso3, String nameEn, String nameZh, String currency) {
        static CountrySummary of(Country c) {
            return new CountrySummary(c.code(), c.iso3(), c.nameEn(), c.nameZh(), c.currency());
        }
    }

    /** A country with what it belongs to on a date. */
    public record CountryJson(String code, String iso3, String numeric, String nameEn, String nameZh, String currency,
                              LocalDate date, List<GroupJson> groups, List<ArrangementJson> arrangements) {
    }

    /** A group the country belongs to, with the membership period covering the date. */
    public record GroupJson(String id, String kind, String nameEn, String nameZh, String legalAct,
                            LocalDate memberFrom, LocalDate memberTo) {
    }

    /** A preferential arrangement whose rates the country's goods may claim on the date. */
    public record ArrangementJson(String code, String category, String nameEn, String nameZh, String shortZh,
                                  String groupId, String legalAct) {
    }

    @GetMapping
    @Operation(summary = "All countries, by code")
    public List<CountrySummary> countries() {
        return catalogue.reference().countries().stream().sorted(Comparator.comparing(Country::code))
                .map(CountrySummary::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "A country with the groups and preferential arrangements it belongs to on a date")
    @ApiResponse(responseCode = "200", description = "The country")
    @ApiResponse(responseCode = "404", description = "Unknown country code (problem+json)")
    public CountryJson country(
            @Parameter(description = "ISO 3166-1 alpha-2 code", example = "AU") @PathVariable String code,
            @Parameter(description = "As-of date YYYY-MM-DD; today in Asia/Shanghai when absent", example = "2026-03-16")
            @RequestParam(required = false) String date) {
        LocalDate asOf = dates.asOf(date, "date");
        ReferenceData reference = catalogue.reference();
        Country c = reference.country(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(() ->
                ApiProblemException.notFound(RequestRules.UNKNOWN_COUNTRY, "code", "No country with code " + code));
        List<CountryGroup> groups = reference.groupsOf(c.code(), asOf);
        List<GroupJson> groupJson = groups.stream().sorted(Comparator.comparing(CountryGroup::id)).map(g -> {
            GroupMembership m = g.memberships().stream()
                    .filter(x -> x.country().equals(c.code()) && x.coversDate(asOf)).findFirst().orElse(null);
            return new GroupJson(g.id(), g.kind().name(), g.nameEn(), g.nameZh(), g.legalAct(),
                    m == null ? null : m.from(), m == null ? null : m.to());
        }).toList();
        List<ArrangementJson> arrangements = reference.arrangements().stream()
                .filter(a -> a.groupId() != null && reference.covers(a.groupId(), c.code(), asOf))
                .sorted(Comparator.comparing(a -> a.code()))
                .map(a -> new ArrangementJson(a.code(), a.category().name(), a.nameEn(), a.nameZh(), a.shortZh(),
                        a.groupId(), a.legalAct())).toList();
        return new CountryJson(c.code(), c.iso3(), c.numeric(), c.nameEn(), c.nameZh(), c.currency(), asOf,
                groupJson, arrangements);
    }
}
