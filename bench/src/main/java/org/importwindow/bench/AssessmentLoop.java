package org.importwindow.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.importwindow.assessment.AssessmentRequest;
import org.importwindow.assessment.ItemRequest;

/**
 * A plain loop over single-line assessments on the full-size schedule, for profiling (e.g. with JFR) and a quick
 * sanity figure; the README's figures come from {@link AssessmentBenchmark}. Argument: seconds to run (default 20).
 */
public final class AssessmentLoop {
    public static void main(String[] args) {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        FullSizeTariff tariff = FullSizeTariff.build();
        String[] origins = {"FR", "AU", "JP", "ET", "US", "BR", "KR", "VN", "DE", "ZZ", "NZ", "CH"};
        List<String> lines = tariff.generator.lines();
        AssessmentRequest[] requests = new AssessmentRequest[1024];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new AssessmentRequest(LocalDate.of(2026, 3, 16), "CNY", List.of(new ItemRequest(
                    lines.get((int) ((i * 7919L) % lines.size())), origins[i % origins.length],
                    new BigDecimal("1234.50"), new BigDecimal("120"), "KGM", "AUTO", true, false, Map.of())));
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        long windowStart = System.nanoTime();
        long windowCount = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 1024; i++) {
                tariff.assessor.assess(requests[i]);
            }
            count += 1024;
            windowCount += 1024;
            long now = System.nanoTime();
            if (now - windowStart > 2_000_000_000L) {
                System.out.printf("%,.0f assessments/s%n", windowCount * 1e9 / (now - windowStart));
                windowStart = now;
                windowCount = 0;
            }
        }
        System.out.println("total " + count);
    }
}
