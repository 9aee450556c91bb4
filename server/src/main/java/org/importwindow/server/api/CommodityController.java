package org.importwindow.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.importwindow.assessment.Violation;
import org.importwindow.nomenclature.Commodity;
import org.importwindow.reference.ReferenceData;
import org.importwindow.server.api.CommodityJson.FootnoteJson;
import org.importwindow.server.api.CommodityJson.MeasureJson;
import org.importwindow.server.api.CommodityJson.Summary;
import org.importwindow.server.api.JsonValues.AreaJson;
import org.importwindow.server.api.JsonValues.LegalActJson;
import org.importwindow.server.tariff.TariffCatalogue;
import org.importwindow.tariff.Measure;
import org.importwindow.tariff.TariffSchedule;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The goods nomenclature and the measures of each line. */
@RestController
@RequestMapping(path = "/api/v1/commodities", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Commodities", description = "The tariff nomenclature (HS 2022 with China's 8-digit lines) and its measures")
public class CommodityController {
    static final int MAX_LIMIT = 500;

    private final TariffCatalogue catalogue;
    private final ApiDates dates;

    public CommodityController(TariffCatalogue catalogue, ApiDates dates) {
        this.catalogue = catalogue;
        this.dates = dates;
    }

    @GetMapping("/{code}")
    @Operation(summary = "A commodity with its ancestors and every measure in force on a date",
            description = "The line or node of the nomenclature, its ancestors from the chapter down, its English and "
                    + "Chinese descriptions and every measure in force on the date (the line's own and those on its "
                    + "ancestors, which apply to their whole subtree), each with its legal act.")
    @ApiResponse(responseCode = "200", description = "The commodity")
    @ApiResponse(responseCode = "404", description = "No commodity with that code (problem+json)")
    public CommodityJson commodity(
            @Parameter(description = "Commodity code, 2 to 10 digits", example = "22042100") @PathVariable String code,
            @Parameter(description = "As-of date YYYY-MM-DD; today in Asia/Shanghai when absent", example = "2026-03-16")
            @RequestParam(required = false) String date) {
        LocalDate asOf = dates.asOf(date, "date");
        TariffCatalogue.Snapshot snapshot = catalogue.current();
        TariffSchedule schedule = snapshot.schedule();
        String normalised = code.replaceAll("[\\s.]", "");
        Commodity c = schedule.nomenclature().commodity(normalised).orElseThrow(() -> ApiProblemException.notFound(
                RequestRules.UNKNOWN_COMMODITY, "code", "No commodity with code " + code + " in the nomenclature"));
        ReferenceData reference = snapshot.reference();
        List<MeasureJson> measures = schedule.measuresFor(c.code(), asOf).stream()
                .map(m -> measure(m, schedule, reference)).toList();
        return new CommodityJson(c.code(), c.descriptionEn(), c.descriptionZh(),
                new CommodityJson.Descriptions(c.descriptionEn(), c.descriptionZh()), c.declarable(), c.section(),
                c.legalUnit(), asOf, schedule.nomenclature().ancestors(c.code()).stream().map(Summary::of).toList(),
                measures);
    }

    @GetMapping
    @Operation(summary = "Search the nomenclature by code prefix or by English or Chinese words",
            description = "Digits (dots and spaces ignored) search by code prefix; anything else searches the English "
                    + "and Chinese descriptions for every word. Results in code order.")
    public List<Summary> search(
            @Parameter(description = "Code prefix or words", example = "wine") @RequestParam String q,
            @Parameter(description = "At most this many results (1-500)", example = "50")
            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblemException.badRequest(List.of(new Violation(RequestRules.BAD_PARAMETER, "limit",
                    "limit must be between 1 and " + MAX_LIMIT)));
        }
        return catalogue.schedule().nomenclature().search(q, limit).stream().map(Summary::of).toList();
    }

    static MeasureJson measure(Measure m, TariffSchedule schedule, ReferenceData reference) {
        List<FootnoteJson> notes = m.footnotes().stream()
                .map(id -> schedule.footnote(id).map(f -> new FootnoteJson(f.id(), f.textZh(), f.textEn()))
                        .orElse(new FootnoteJson(id, null, null))).toList();
        String conditions = m.conditions().isEmpty() ? null
                : String.join(";", m.conditions().stream().map(x -> x.text()).toList());
        return new MeasureJson(m.sid(), m.type().name(), m.type().nameEn(), m.type().nameZh(), m.commodityCode(),
                AreaJson.of(m.geographicalArea(), reference), m.arrangement(),
                m.duty() == null ? null : m.duty().text(), conditions, m.validFrom(), m.validTo(), notes,
                LegalActJson.of(m.legalAct(), schedule), m.orderNumber());
    }
}
