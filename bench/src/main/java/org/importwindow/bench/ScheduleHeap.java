package org.importwindow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.importwindow.tariff.TariffSchedule;
import org.importwindow.tariff.load.FullSizeScheduleGenerator;

/**
 * The heap the loaded full-size schedule takes: used heap after a full GC with the schedule held, minus used heap
 * after a full GC without it. The generator's own rows are dropped before measuring, so only the schedule (the
 * nomenclature, the measures, their parsed duty expressions and the indexes, with every line looked up once so
 * the per-line index is filled) is counted. Median of several runs.
 * Run: {@code mvn -q -pl bench -am -DskipTests -Pbench verify -Dbench.main=org.importwindow.bench.ScheduleHeap -Dbench.args=5}
 */
public final class ScheduleHeap {
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Long> sizes = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long before = usedAfterGc(memory);
            TariffSchedule schedule = build();
            long after = usedAfterGc(memory);
            long bytes = after - before;
            sizes.add(bytes);
            System.out.printf("run %d: %,d measures on %,d nomenclature nodes: %.1f MB%n", run,
                    schedule.measureCount(), schedule.nomenclature().size(), bytes / 1_048_576.0);
            schedule = null;
        }
        Collections.sort(sizes);
        System.out.printf("median heap of the loaded full-size schedule: %.1f MB (%d runs)%n",
                sizes.get(sizes.size() / 2) / 1_048_576.0, runs);
    }

    private static TariffSchedule build() {
        FullSizeScheduleGenerator generator = FullSizeTariff.generatorOnly();
        TariffSchedule schedule = FullSizeTariff.schedule(generator);
        // in use: every line looked up once, so the per-line index the assessment fills is counted too
        java.time.LocalDate date = java.time.LocalDate.of(2026, 3, 16);
        for (org.importwindow.nomenclature.Commodity c : schedule.nomenclature().all()) {
            if (c.declarable()) {
                schedule.measuresFor(c.code(), date);
            }
        }
        return schedule;
    }

    private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
