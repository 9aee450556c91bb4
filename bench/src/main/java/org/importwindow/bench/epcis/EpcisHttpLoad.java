package org.importwindow.bench.epcis;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends traceability events to a running single window's EPCIS capture interface and measures, by {@code phase=}:
 * <ul>
 * <li>{@code capture}: events captured per second: lots' supply chains ({@link LotSupplyChain}) as JSON-LD capture
 * documents of 100 events, all made before the clock starts, sent from {@code connections} connections
 * ({@code POST /epcis/capture}); the clock stops when every capture job has finished ({@code GET
 * /epcis/capture/{id}} no longer running), so events counted are stored, not merely received.</li>
 * <li>{@code trace}: the latency of tracing one lot ({@code GET /api/v1/trace?epcClass=…}) with its supply chain of
 * about 10,000 events among everything stored: {@code repeats} calls after {@code warmups} unmeasured ones, median and
 * 99th percentile, and the number of events the answer names.</li>
 * </ul>
 * Arguments ({@code key=value}): {@code url} (default http://127.0.0.1:18092), {@code apiKey} (default
 * demo-key-1101110325, the demo e-commerce platform's system) or {@code user}/{@code password} (HTTP Basic), {@code connections} (4), {@code firstLot} (0), {@code lots}, {@code pallets} (20),
 * {@code cases} (25), {@code sales} (16) for the traffic, {@code perDocument} (100), {@code repeats} (50),
 * {@code warmups} (10), {@code lot} (the traced lot, default 0), {@code label}. Prints {@code RESULT} lines.
 */
public final class EpcisHttpLoad {
    private EpcisHttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String url = o.getOrDefault("url", "http://127.0.0.1:18092");
        // an enterprise system's API key, as machine-to-machine capture uses: HTTP Basic checks a BCrypt hash on
        // every call (about 60 ms of CPU), which took 57% of the server's CPU in a first profile of this benchmark
        String auth = o.containsKey("user")
                ? "Basic " + Base64.getEncoder().encodeToString(
                        (o.get("user") + ":" + o.getOrDefault("password", "demo")).getBytes(StandardCharsets.UTF_8))
                : "Bearer " + o.getOrDefault("apiKey", "demo-key-1101110325");
        switch (o.getOrDefault("phase", "capture")) {
            case "capture" -> capture(http, url, auth, o);
            case "trace" -> trace(http, url, auth, o);
            default -> throw new IllegalArgumentException("phase must be capture or trace");
        }
    }

    private static void capture(HttpClient http, String url, String auth, Map<String, String> o) throws Exception {
        int firstLot = Integer.parseInt(o.getOrDefault("firstLot", "0"));
        int lots = Integer.parseInt(o.getOrDefault("lots", "10"));
        int pallets = Integer.parseInt(o.getOrDefault("pallets", "20"));
        int cases = Integer.parseInt(o.getOrDefault("cases", "25"));
        int sales = Integer.parseInt(o.getOrDefault("sales", "16"));
        int perDocument = Integer.parseInt(o.getOrDefault("perDocument", "100"));
        int connections = Integer.parseInt(o.getOrDefault("connections", "4"));
        Instant created = Instant.parse("2026-06-01T00:00:00Z");
        List<byte[]> documents = new ArrayList<>();
        long events = 0;
        long bytes = 0;
        for (int lot = firstLot; lot < firstLot + lots; lot++) {
            Instant start = created.plus(Duration.ofHours(lot % 2000));
            List<String> chain = new LotSupplyChain(lot, pallets, cases, sales, start).events();
            for (int i = 0; i < chain.size(); i += perDocument) {
                List<String> part = chain.subList(i, Math.min(chain.size(), i + perDocument));
                byte[] doc = LotSupplyChain.document(part, created).getBytes(StandardCharsets.UTF_8);
                documents.add(doc);
                events += part.size();
                bytes += doc.length;
            }
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong failed = new AtomicLong();
        List<String> jobs = java.util.Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/epcis/capture"))
                            .header("Authorization", auth).header("Content-Type", "application/ld+json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(documents.get(i))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 202) {
                        failed.incrementAndGet();
                        if (failed.get() < 3) {
                            System.err.println("capture answered " + r.statusCode() + ": " + cut(r.body()));
                        }
                        continue;
                    }
                    jobs.add(r.headers().firstValue("Location").orElseThrow());
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        long sent = System.nanoTime();
        int unsuccessful = 0;
        for (String job : jobs) {
            URI uri = URI.create(job.startsWith("http") ? job : url + job);
            while (true) {
                String body = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                if (body.replace(" ", "").contains("\"running\":false")) {
                    if (!body.replace(" ", "").contains("\"success\":true")) {
                        unsuccessful++;
                        if (unsuccessful < 3) {
                            System.err.println("capture job " + job + " failed: " + cut(body));
                        }
                    }
                    break;
                }
                Thread.sleep(5);
            }
        }
        long done = System.nanoTime();
        pool.shutdown();
        double seconds = (done - t0) / 1e9;
        System.out.printf(Locale.ROOT, "RESULT phase=capture label=%s documents=%d events=%d bytes=%d connections=%d "
                        + "refused=%d jobsFailed=%d sendSeconds=%.2f seconds=%.2f eventsPerSecond=%.0f%n",
                o.getOrDefault("label", ""), documents.size(), events, bytes, connections, failed.get(), unsuccessful,
                (sent - t0) / 1e9, seconds, events / seconds);
    }

    private static void trace(HttpClient http, String url, String auth, Map<String, String> o) throws Exception {
        int lot = Integer.parseInt(o.getOrDefault("lot", "0"));
        int repeats = Integer.parseInt(o.getOrDefault("repeats", "50"));
        int warmups = Integer.parseInt(o.getOrDefault("warmups", "10"));
        String lotClass = new LotSupplyChain(lot, 1, 1, 1, Instant.EPOCH).lotClass();
        URI uri = URI.create(url + "/api/v1/trace?epcClass=" + URLEncoder.encode(lotClass, StandardCharsets.UTF_8));
        long[] nanos = new long[repeats];
        String last = "";
        for (int i = 0; i < warmups + repeats; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Authorization", auth)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                throw new IllegalStateException("trace answered " + r.statusCode() + ": " + cut(r.body()));
            }
            if (i >= warmups) {
                nanos[i - warmups] = took;
            }
            last = r.body();
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "RESULT phase=trace label=%s lot=%s repeats=%d medianMs=%.1f p99Ms=%.1f "
                        + "maxMs=%.1f answerBytes=%d eventsNamed=%d%n", o.getOrDefault("label", ""), lotClass, repeats,
                nanos[repeats / 2] / 1e6, nanos[Math.min(repeats - 1, (int) Math.ceil(repeats * 0.99) - 1)] / 1e6,
                nanos[repeats - 1] / 1e6, last.length(), count(last, "\"eventID\""));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value: " + a);
            }
            o.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return o;
    }
}
