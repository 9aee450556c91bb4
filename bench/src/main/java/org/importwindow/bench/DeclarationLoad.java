package org.importwindow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for declarations over HTTP: lodges ten-item declarations as the demo declarant of enterprise A,
 * authenticated by a bearer token issued once at the start,
 * through {@code POST /api/v1/declarations} (checked, assessed, channelled and stored with their events) from a
 * number of concurrent clients, and reports throughput and the latency of one lodgement (median, 99th percentile).
 * Every request is bounded in count and time and goes to the given base URL only (a server on this machine).
 *
 * <p>Arguments: {@code baseUrl total concurrency [warmup] [label]}, e.g.
 * {@code http://127.0.0.1:18080 4000 8 1000 h2}. Run it with {@code bench/scripts/declarations.sh}.
 */
public final class DeclarationLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int total = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : Math.min(500, total / 4);
        String label = args.length > 4 ? args[4] : "";
        String basic = "Basic " + Base64.getEncoder().encodeToString("declarant-a:demo".getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        // machine-to-machine senders authenticate with a bearer token (checked by its SHA-256), not with the
        // password on every call (BCrypt is slow by design): get one once with the demo user's password
        HttpResponse<String> issued = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"load test\",\"days\":1}")).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(issued.body());
        if (issued.statusCode() != 201 || !token.find()) {
            throw new IllegalStateException("no token: " + issued.statusCode() + " " + issued.body());
        }
        String auth = "Bearer " + token.group(1);
        String run = Long.toString(System.currentTimeMillis(), 36);

        // warm up the server (JIT, connection pool, caches); not measured
        fire(client, base, auth, "W" + run, warmup, concurrency);
        Result r = fire(client, base, auth, "M" + run, total, concurrency);
        long[] ns = r.latencies;
        Arrays.sort(ns);
        System.out.printf("%s: %d ten-item declarations lodged by %d clients in %.2f s: %.0f declarations/s; "
                        + "latency median %.1f ms, p99 %.1f ms; %d failed%n", label, r.ok, concurrency,
                r.seconds, r.ok / r.seconds, ns[ns.length / 2] / 1e6, ns[(int) (ns.length * 0.99)] / 1e6, r.failed);
        if (r.failed > 0) {
            System.out.println("first failure: " + r.firstFailure);
            System.exit(1);
        }
    }

    private record Result(int ok, int failed, double seconds, long[] latencies, String firstFailure) {
    }

    private static Result fire(HttpClient client, String base, String auth, String prefix, int count,
                               int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[count];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String[] firstFailure = {null};
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/declarations"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(prefix + "-" + i))).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = System.nanoTime() - t0;
                        if (response.statusCode() == 201) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            synchronized (firstFailure) {
                                if (firstFailure[0] == null) {
                                    firstFailure[0] = response.statusCode() + " " + response.body();
                                }
                            }
                        }
                    } catch (Exception e) {
                        latencies[i] = System.nanoTime() - t0;
                        failed.incrementAndGet();
                        synchronized (firstFailure) {
                            if (firstFailure[0] == null) {
                                firstFailure[0] = e.toString();
                            }
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(ok.get(), failed.get(), seconds, latencies, firstFailure[0]);
    }

    private static String body(String reference) {
        StringBuilder items = new StringBuilder();
        for (String[] it : TenItemDeclaration.ITEMS) {
            if (items.length() > 0) {
                items.append(',');
            }
            items.append("{\"commodityCode\":\"").append(it[0]).append("\",\"description\":\"").append(it[1])
                    .append("\",\"origin\":\"").append(it[2]).append("\",\"quantity\":\"").append(it[3])
                    .append("\",\"unit\":\"").append(it[4]).append("\",\"value\":\"").append(it[5])
                    .append("\",\"preference\":\"AUTO\",\"proofOfOrigin\":null,\"attributes\":{}}");
        }
        return "{\"reference\":\"" + reference + "\",\"importer\":\"91310115MA1K4DEM05\","
                + "\"declarationDate\":\"2026-03-16\",\"tradeMode\":\"0110\",\"transportMode\":\"2\","
                + "\"portOfEntry\":\"2201\",\"countryOfDispatch\":\"AU\",\"priceTerms\":\"CIF\",\"currency\":\"CNY\","
                + "\"freight\":\"0.00\",\"insurance\":\"0.00\",\"licences\":[],\"rulingReference\":null,"
                + "\"items\":[" + items + "]}";
    }
}
