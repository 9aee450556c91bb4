package org.importwindow.server.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.importwindow.assessment.Assessment;
import org.importwindow.assessment.InvalidRequestException;
import org.importwindow.assessment.Violation;
import org.importwindow.server.tariff.TariffCatalogue;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Duty, consumption tax and import VAT of a consignment, with the reasons. Nothing about a request is stored. */
@RestController
@RequestMapping(path = "/api/v1/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Duty, consumption tax and import VAT of a consignment, explained")
public class AssessmentController {
    static final String EXAMPLE = """
            {"date":"2026-03-16","currency":"USD","items":[{"commodityCode":"22042100","origin":"AU",
            "customsValue":"12000.00","quantity":"900","unit":"LTR","preference":"AUTO","proofOfOrigin":true,
            "quotaCertificate":false,"attributes":{}}]}""";
    static final String CAR_EXAMPLE = """
            {"date":"2026-03-16","currency":"EUR","items":[{"commodityCode":"87032341","origin":"DE",
            "customsValue":"30000.00","quantity":"1","unit":"PCE","preference":"AUTO","proofOfOrigin":false,
            "quotaCertificate":false,"attributes":{"cylinderCapacityLitres":"2.0"}}]}""";

    private final TariffCatalogue catalogue;
    private final ApiDates dates;
    private final Timer assessed;
    private final Timer refused;
    private final Counter items;

    public AssessmentController(TariffCatalogue catalogue, ApiDates dates, MeterRegistry meters) {
        this.catalogue = catalogue;
        this.dates = dates;
        this.assessed = Timer.builder("importwindow.assessments").description("Assessments answered")
                .tag("outcome", "assessed").register(meters);
        this.refused = Timer.builder("importwindow.assessments").description("Assessments answered")
                .tag("outcome", "refused").register(meters);
        this.items = Counter.builder("importwindow.assessment.items").description("Goods items assessed")
                .register(meters);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assess a consignment: duty, consumption tax and import VAT, explained",
            description = "Selects for each item the rate the law applies on the declaration date (MFN, provisional, "
                    + "conventional, special preferential, general or in-quota; with preference AUTO the lowest "
                    + "lawful one), adds additional duties, computes consumption tax and VAT, converts foreign values "
                    + "at the month's customs rate and waives each tax of 50 yuan or less per consignment. Amounts "
                    + "are strings with two decimals; vat.rate is a fraction (\"0.13\"). Every error of a bad "
                    + "request is listed in one problem+json answer.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AssessmentRequestJson.class),
                    examples = {
                        @ExampleObject(name = "wine from Australia", summary = "Wine, ChAFTA, USD", value = EXAMPLE),
                        @ExampleObject(name = "car from Germany", summary = "Car with cylinder capacity",
                                value = CAR_EXAMPLE)})))
    @ApiResponse(responseCode = "200", description = "The assessment")
    @ApiResponse(responseCode = "400", description = "Every error of the request (problem+json)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    public AssessmentJson assess(@RequestBody AssessmentRequestJson body) {
        long start = System.nanoTime();
        try {
            AssessmentJson answer = AssessmentJson.of(assessOrRefuse(body));
            assessed.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            items.increment(answer.items().size());
            return answer;
        } catch (ApiProblemException | InvalidRequestException e) {
            refused.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            throw e;
        }
    }

    private Assessment assessOrRefuse(AssessmentRequestJson body) {
        AssessmentRequestReader.Result read = AssessmentRequestReader.read(body, dates.today());
        List<Violation> violations = new ArrayList<>(read.violations());
        try {
            Assessment assessment = catalogue.assessor().assess(read.request());
            if (!violations.isEmpty()) {
                throw ApiProblemException.badRequest(violations);
            }
            return assessment;
        } catch (InvalidRequestException e) {
            // the core's errors on fields we already refused (e.g. a placeholder value) would only repeat them
            Set<String> reported = new HashSet<>();
            violations.forEach(v -> reported.add(v.path()));
            e.violations().stream().filter(v -> !reported.contains(v.path())).forEach(violations::add);
            throw ApiProblemException.badRequest(violations);
        }
    }
}
