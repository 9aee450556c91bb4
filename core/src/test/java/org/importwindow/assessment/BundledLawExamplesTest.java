package org.importwindow.assessment;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.load.BundledMeasures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The law examples that must hold on the data ImportWindow ships: every case of shared/examples/assessments.json
 * and the cases of {@code law-examples-bundled/}, run against the bundled tariff, reference data and rates.
 */
class BundledLawExamplesTest {

    @TestFactory
    Stream<DynamicTest> law_examples_hold_on_the_bundled_tariff() throws URISyntaxException {
        Nomenclature nomenclature = NomenclatureLoader.loadBundled();
        ReferenceData reference = ReferenceDataLoader.loadBundled();
        Assessor assessor = new Assessor(BundledMeasures.load(nomenclature, reference).schedule(nomenclature),
                reference, LayeredCustomsExchangeRates.bundled(), DatedParameters.loadBundled());
        Path dir = Path.of(BundledLawExamplesTest.class.getResource("/law-examples-bundled").toURI());
        return LawExamples.tests(assessor, LawExamples.filesIn(dir));
    }
}
