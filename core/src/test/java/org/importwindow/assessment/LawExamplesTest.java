package org.importwindow.assessment;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every law example in {@code law-examples/} against the hand-built test tariff. */
class LawExamplesTest {

    @TestFactory
    Stream<DynamicTest> law_examples_hold_on_the_test_tariff() throws URISyntaxException {
        Path dir = Path.of(LawExamplesTest.class.getResource("/law-examples").toURI());
        return LawExamples.tests(TestTariff.assessor(), LawExamples.filesIn(dir));
    }
}
