package org.importwindow.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.importwindow.declaration.DeclarationDesk;
import org.importwindow.declaration.DeclarationItemRequest;
import org.importwindow.declaration.DeclarationRequest;
import org.importwindow.declaration.Lodgement;
import org.importwindow.enterprise.DemoEnterprises;
import org.importwindow.exchange.LayeredCustomsExchangeRates;
import org.importwindow.law.DatedParameters;
import org.importwindow.nomenclature.Nomenclature;
import org.importwindow.nomenclature.load.NomenclatureLoader;
import org.importwindow.reference.ReferenceData;
import org.importwindow.reference.load.ReferenceDataLoader;
import org.importwindow.tariff.load.BundledMeasures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The core's part of lodging a ten-item declaration: every check, CIF valuation, the assessment of each item, the
 * risk rules and sampling, and the events — without HTTP or a database. Compared with the figure over HTTP, it
 * shows how much of a lodgement is the law and how much is the plumbing around it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LodgementBenchmark {

    private DeclarationDesk desk;
    private DeclarationRequest[] requests;
    private int next;
    private final Instant at = Instant.parse("2026-03-16T02:00:00Z");

    @Setup(Level.Trial)
    public void setUp() {
        Nomenclature nomenclature = NomenclatureLoader.loadBundled();
        ReferenceData reference = ReferenceDataLoader.loadBundled();
        desk = new DeclarationDesk(BundledMeasures.load(nomenclature, reference).schedule(nomenclature), reference,
                LayeredCustomsExchangeRates.bundled(), DatedParameters.loadBundled());
        requests = new DeclarationRequest[256];
        for (int r = 0; r < requests.length; r++) {
            List<DeclarationItemRequest> items = new ArrayList<>();
            for (String[] it : TenItemDeclaration.ITEMS) {
                items.add(new DeclarationItemRequest(it[0], it[1], it[2], new BigDecimal(it[3]), it[4],
                        new BigDecimal(it[5]).add(BigDecimal.valueOf(r)), "AUTO", null, Map.of()));
            }
            requests[r] = new DeclarationRequest("BENCH-" + r, DemoEnterprises.A.uscc(), LocalDate.of(2026, 3, 16),
                    "0110", "2", "2201", "AU", "CIF", "CNY", BigDecimal.ZERO, BigDecimal.ZERO, List.of(), null,
                    items);
        }
        lodge(); // fail fast if the data does not lodge cleanly
    }

    @Benchmark
    public Lodgement lodge() {
        int i = next++ & 255;
        return desk.lodge(requests[i], DemoEnterprises.A, 5, "declarant-a", at, i);
    }
}
