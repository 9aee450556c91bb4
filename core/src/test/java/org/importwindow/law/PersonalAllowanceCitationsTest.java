package org.importwindow.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.importwindow.allowance.AllowanceScheme;
import org.importwindow.tariff.LegalAct;
import org.importwindow.tariff.load.BundledMeasures;
import org.junit.jupiter.api.Test;

/**
 * The legal numbers of the personal allowances (cross-border e-commerce, border residents' trade, Hainan offshore
 * duty-free) must point at acts the bundle knows, so an explanation can always name and date the act it quotes.
 */
class PersonalAllowanceCitationsTest {
    private static final List<String> CBEC_PARAMETERS = List.of("cbec.single.limit", "cbec.annual.limit",
            "cbec.tax.fraction", "cbec.return.days", "cbec.return.arrival.days");

    private final DatedParameters law = DatedParameters.loadBundled();
    private final Map<String, LegalAct> actsByReference = BundledMeasures.legalActs().stream()
            .collect(Collectors.toMap(LegalAct::reference, Function.identity()));

    private Stream<String> allowanceParameters() {
        Stream<String> schemes = Stream.of(AllowanceScheme.values())
                .flatMap(s -> Stream.concat(s.singleLimitParameter().stream(), Stream.of(s.periodLimitParameter())));
        return Stream.concat(schemes, CBEC_PARAMETERS.stream()).distinct();
    }

    @Test
    void every_allowance_parameter_cites_an_act_of_the_bundle_by_its_document_number() {
        assertThat(allowanceParameters()).allSatisfy(id -> {
            Parameter p = law.parameter(id).orElseThrow(() -> new AssertionError("no parameter " + id));
            assertThat(p.values()).as(id).isNotEmpty().allSatisfy(v -> assertThat(actsByReference)
                    .as(id + " from " + v.from() + " cites " + v.legalAct())
                    .containsKey(v.legalAct()));
        });
    }

    @Test
    void the_cbec_limits_cite_the_article_that_sets_them() {
        for (String id : List.of("cbec.single.limit", "cbec.annual.limit", "cbec.tax.fraction")) {
            assertThat(law.valueOn(id, LocalDate.of(2016, 4, 8)).orElseThrow().citation()).as(id).contains("第三条");
        }
        assertThat(law.valueOn("cbec.single.limit", LocalDate.of(2019, 1, 1)).orElseThrow().citation())
                .contains("49号").contains("第一条");
        assertThat(law.valueOn("cbec.annual.limit", LocalDate.of(2019, 1, 1)).orElseThrow().citation())
                .contains("49号").contains("第一条");
    }

    @Test
    void the_cbec_tax_notices_carry_the_dates_they_were_issued() {
        assertThat(actsByReference.get("财关税〔2016〕18号").published()).isEqualTo(LocalDate.of(2016, 3, 24));
        assertThat(actsByReference.get("财关税〔2018〕49号").published()).isEqualTo(LocalDate.of(2018, 11, 29));
        assertThat(actsByReference.get("海关总署公告2020年第45号").published()).isEqualTo(LocalDate.of(2020, 3, 28));
    }
}
