package org.importwindow.server.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.importwindow.bench.cbec.CbecHttpLoad;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded runtime's throughput in-process, without HTTP: the bench's generated traffic
 * ({@code org.importwindow.bench.cbec}, the same as {@code bench/scripts/cbec.sh} sends over HTTP) handed to
 * {@link CbecService} through {@link InProcessSink}, on the database the application is configured with (a fresh H2
 * file by default; {@code -Dcbec.embedded.url=jdbc:postgresql://...} with {@code -Dcbec.embedded.user=...}). Each
 * message is read and schema-checked on the sending thread, decided on the single writer and answered after its
 * group's commit. Off unless asked for; run by {@code bench/scripts/cbec-embedded.sh}:
 * <pre>
 * mvn -o -B -pl server test -Dtest=CbecEmbeddedThroughputTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dcbec.embedded.purchases=20000 [-Dcbec.embedded.runs=3 -Dcbec.embedded.warmup=60000
 *     -Dcbec.embedded.connections=4 -Dcbec.embedded.exclude= -Dcbec.embedded.mode=interleaved|phased]
 * </pre>
 * Prints the generator's lines (its {@code client CPU} is the whole JVM here: generator, intake and writer) and a
 * {@code RESULT} line per run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CbecEmbeddedThroughputTest {
    private static final String PURCHASES = System.getProperty("cbec.embedded.purchases");

    static Path dir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) throws IOException {
        // under cbec.embedded.dir when given (the script's work folder, removed after it: each run leaves about 2 GB)
        String parent = System.getProperty("cbec.embedded.dir");
        dir = parent == null || parent.isBlank() ? Files.createTempDirectory("iw-cbec-embedded")
                : Files.createTempDirectory(Path.of(parent), "iw-cbec-embedded");
        r.add("importwindow.data-dir", dir::toString);
        r.add("importwindow.cbec.rocksdb-dir", () -> dir.resolve("cbec-rocksdb").toString());
        // the production default, not the small memory table the rest of the suite runs with (or cbec.embedded.memtable-mb)
        String memtable = System.getProperty("cbec.embedded.memtable-mb", "");
        r.add("importwindow.cbec.rocksdb-memtable-mb", () -> memtable.isBlank()
                ? Long.toString(RocksWork.MEMTABLE_BYTES >> 20) : memtable);
        // the writer's state of record: rocksdb (the default) or sql
        String store = System.getProperty("cbec.embedded.store");
        if (store != null && !store.isBlank()) {
            r.add("importwindow.cbec.store", () -> store);
        }
        String url = System.getProperty("cbec.embedded.url");
        if (url != null && !url.isBlank()) {
            r.add("spring.datasource.url", () -> url);
            r.add("spring.datasource.username", () -> System.getProperty("cbec.embedded.user", "postgres"));
            r.add("spring.datasource.password", () -> System.getProperty("cbec.embedded.password", ""));
        }
    }

    @Autowired
    CbecService service;

    @Test
    void lists_cleared_per_second_in_process() throws Exception {
        Assumptions.assumeTrue(PURCHASES != null, "set -Dcbec.embedded.purchases=N to measure");
        InProcessSink.use(service);
        int warmup = Integer.getInteger("cbec.embedded.warmup", 60_000);
        int runs = Integer.getInteger("cbec.embedded.runs", 3);
        String connections = System.getProperty("cbec.embedded.connections", "4");
        String exclude = System.getProperty("cbec.embedded.exclude", "");
        // Each run's traffic is made just before it, and the garbage of making it collected before it is sent: making
        // it is the client's work, which over HTTP happens in another process. (Making all runs' traffic first instead
        // keeps about 1 GB of messages alive through every run, which the garbage collector then pays for. A run's own
        // traffic waits outside the heap, as bytes from a network do: bench's Outgoing.)
        if (warmup > 0) {
            send(CbecHttpLoad.prepare(args("warm-up", 1, warmup, connections, exclude)));
        }
        for (int run = 1; run <= runs; run++) {
            // each run other traffic: other buyers and numbers, so nothing is a resend
            send(CbecHttpLoad.prepare(args("in-process run " + run, 1000 + run, Integer.parseInt(PURCHASES),
                    connections, exclude)));
        }
        assertThat(runs).isPositive();
        // what the store takes on disk for all of it (RocksDB: its files and log; with the SQL store, the H2 file)
        service.forgetWorkingMemory();
        long bytes;
        try (var files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        long all = warmup + (long) runs * Integer.parseInt(PURCHASES);
        System.out.printf("STORE on disk: %,d MB for %,d purchases, %,.0f bytes a purchase (data folder, with the reference"
                + " data's database)%n", bytes >> 20, all, (double) bytes / all);
    }

    private static void send(CbecHttpLoad.Prepared load) throws Exception {
        System.gc();
        load.send();
    }

    private static String[] args(String label, int seed, int purchases, String connections, String exclude) {
        List<String> a = new ArrayList<>(List.of("label=" + label, "seed=" + seed, "purchases=" + purchases,
                "connections=" + connections, "mode=" + System.getProperty("cbec.embedded.mode", "interleaved"), "verify=false",
                "sink=" + InProcessSink.class.getName()));
        if (!exclude.isBlank()) {
            a.add("exclude=" + exclude);
        }
        return a.toArray(String[]::new);
    }
}
