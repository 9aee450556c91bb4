package org.importwindow.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.importwindow.assessment.Alternative;
import org.importwindow.assessment.Assessment;
import org.importwindow.assessment.ItemAssessment;
import org.importwindow.assessment.AssessmentRequest;
import org.importwindow.assessment.ItemRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the assessment engine on the full-size schedule: one goods item (a line, an origin, AUTO
 * preference with proof of origin: every duty measure of the line is considered) and a 50-item consignment.
 * Explanations are worded when read: {@link #oneLineExplained} measures an answer whose every sentence is read.
 * Requests rotate over 1,024 prepared ones spread across the schedule and across origins (MFN, FTA partners,
 * least developed countries, unknown origin), so no single line stays hot in cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessmentBenchmark {
    private static final String[] ORIGINS = {"FR", "AU", "JP", "ET", "US", "BR", "KR", "VN", "DE", "ZZ", "NZ", "CH"};
    private static final LocalDate DATE = LocalDate.of(2026, 3, 16);

    private FullSizeTariff tariff;
    private AssessmentRequest[] singles;
    private AssessmentRequest[] consignments;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        tariff = FullSizeTariff.build();
        List<String> lines = tariff.generator.lines();
        singles = new AssessmentRequest[1024];
        for (int i = 0; i < singles.length; i++) {
            singles[i] = new AssessmentRequest(DATE, "CNY", List.of(item(lines, i)));
        }
        consignments = new AssessmentRequest[64];
        for (int c = 0; c < consignments.length; c++) {
            List<ItemRequest> items = new ArrayList<>(50);
            for (int i = 0; i < 50; i++) {
                items.add(item(lines, c * 50 + i));
            }
            consignments[c] = new AssessmentRequest(DATE, "CNY", items);
        }
        // fail fast if the engine refuses what we feed it
        tariff.assessor.assess(singles[0]);
        tariff.assessor.assess(consignments[0]);
    }

    private static ItemRequest item(List<String> lines, int i) {
        String line = lines.get((int) ((i * 7919L) % lines.size()));
        String origin = ORIGINS[i % ORIGINS.length];
        return new ItemRequest(line, origin, new BigDecimal(1000 + (i % 97) * 113 + ".50"), new BigDecimal("120"),
                "KGM", ItemRequest.AUTO, true, false, Map.of());
    }

    @Benchmark
    public Assessment oneLine() {
        AssessmentRequest r = singles[next++ & 1023];
        return tariff.assessor.assess(r);
    }

    /**
     * One line with its explanation and every alternative's reason read, as the API and the pages do: the sentences
     * are worded on first read, so this is the cost of an answer a person reads.
     */
    @Benchmark
    public int oneLineExplained() {
        Assessment a = tariff.assessor.assess(singles[next++ & 1023]);
        int chars = 0;
        for (ItemAssessment item : a.items()) {
            for (String line : item.explanation()) {
                chars += line.length();
            }
            for (Alternative alternative : item.alternatives()) {
                chars += alternative.reason().length();
            }
        }
        for (String line : a.explanation()) {
            chars += line.length();
        }
        return chars;
    }

    @Benchmark
    public Assessment consignmentOf50Items() {
        AssessmentRequest r = consignments[next++ & 63];
        return tariff.assessor.assess(r);
    }
}
