package org.importwindow.bench.cbec;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.importwindow.allowance.Ledger;
import org.importwindow.ecommerce.clearance.ClearanceDecision;

/**
 * Sends generated CBEC traffic to a running single window (or another {@link MessageSink}) from several connections
 * and measures inventory lists cleared per second and the latency of one message. All messages are made before the
 * clock starts (the client only sends bytes and counts receipts, so it takes little CPU; its CPU time is printed).
 *
 * <p>Two ways of sending, {@code mode=}:
 * <ul>
 * <li>{@code interleaved} (default): each connection takes the next batch of 100 purchases and sends its orders,
 * payments, waybills and then its lists, one message after the other, as the platform, the payment company, the
 * logistics company and the agent would in real traffic; each list finds its documents and is decided on arrival.
 * Lists cleared per second here include storing their three documents: the whole work of a purchase.</li>
 * <li>{@code phased}: every order message first, then every payment, every waybill, and only then the lists: the
 * lists phase measures deciding lists whose documents are all there.</li>
 * </ul>
 *
 * <p>Arguments ({@code key=value}): the {@link TrafficProfile} keys (purchases default 20,000, seed, date default
 * today: the server decides by its own clock, so keep today), {@code url} (default http://127.0.0.1:18091),
 * {@code connections} (default 4), {@code mode}, {@code label}, {@code exclude} (tariff lines left out of the
 * catalogue), {@code verify} (default true: decide the same lists in-process first and compare the counts),
 * {@code sink} (see {@link MessageSink}), {@code serverPid} (to print the server's CPU time during the run). Prints one line per phase and a {@code RESULT} line of figures.
 */
public final class CbecHttpLoad {
    private CbecHttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        Prepared measured = prepare(args);
        int warm = Integer.parseInt(TrafficProfile.options(args).getOrDefault("clientWarmup", "0"));
        if (warm > 0) {
            warmUp(args, warm);
        }
        measured.send();
    }

    /**
     * Sends {@code purchases} of other traffic (another seed: other buyers and numbers) before the measured run, in
     * the same way and not reported, so that this client JVM has compiled its sending path: otherwise its JIT takes up
     * to half a core of the machine the server is measured on, during the measured run.
     */
    private static void warmUp(String[] args, int purchases) throws Exception {
        Map<String, String> opts = TrafficProfile.options(args);
        long seed = Long.parseLong(opts.getOrDefault("seed", "1"));
        List<String> warm = new ArrayList<>(List.of(args));
        warm.add("seed=" + (seed + 7919));
        warm.add("purchases=" + purchases);
        warm.add("verify=false");
        Prepared p = prepare(warm.toArray(String[]::new));
        Tally[] tallies = new Tally[CebXml.Kind.values().length];
        for (CebXml.Kind k : CebXml.Kind.values()) {
            tallies[k.ordinal()] = new Tally(p.outgoing().size());
        }
        int connections = Integer.parseInt(opts.getOrDefault("connections", "4"));
        try (MessageSink sink = MessageSink.from(p.opts())) {
            run(connections, p.outgoing(), List.of(CebXml.Kind.values()), sink, tallies);
        }
    }

    /**
     * The traffic of {@code args}, generated and written as messages, ready to {@link Prepared#send}: a benchmark in
     * the single window's own JVM makes all its runs' traffic first, so that making it (and its garbage) falls in
     * none of the measured runs.
     */
    public static Prepared prepare(String[] args) {
        Map<String, String> opts = TrafficProfile.options(args);
        TrafficProfile profile = TrafficProfile.parse(args, LocalDate.now());
        List<CbecPurchase> purchases = CbecTraffic.generate(profile,
                Catalogue.bundled(profile.date()).without(opts.get("exclude")));
        List<CebBatches.Batch> batches = CebBatches.of(purchases, profile);
        String predicted = "";
        if (Boolean.parseBoolean(opts.getOrDefault("verify", "true"))) {
            predicted = predict(batches, profile.date());
        }
        // what is sent, without the purchases it was made from
        return new Prepared(opts, purchases.size(), Outgoing.of(batches), predicted);
    }

    /** Generated traffic and how to send it ({@link #prepare}): each batch's messages, outside the heap. */
    public record Prepared(Map<String, String> opts, int purchases, List<Outgoing> outgoing, String predicted) {
        /** Sends it all and prints its figures. */
        public void send() throws Exception {
            CbecHttpLoad.send(opts, purchases, outgoing, predicted);
        }
    }

    private static void send(Map<String, String> opts, int purchaseCount, List<Outgoing> batches,
                             String predicted) throws Exception {
        int connections = Integer.parseInt(opts.getOrDefault("connections", "4"));
        String mode = opts.getOrDefault("mode", "interleaved");
        String label = opts.getOrDefault("label", mode);
        Tally[] tallies = new Tally[CebXml.Kind.values().length];
        for (CebXml.Kind k : CebXml.Kind.values()) {
            tallies[k.ordinal()] = new Tally(batches.size());
        }
        Map<CebXml.Kind, Double> phaseSeconds = new EnumMap<>(CebXml.Kind.class);
        Map<CebXml.Kind, Double> phaseCpu = new EnumMap<>(CebXml.Kind.class);
        String serverPid = opts.get("serverPid");
        double server0 = serverCpuSeconds(serverPid);
        double machine0 = machineBusySeconds();
        long cpu0 = cpuNanos();
        long jit0 = jitMillis();
        long gc0 = gcMillis();
        long start = System.nanoTime();
        try (MessageSink sink = MessageSink.from(opts)) {
            if (mode.equals("phased")) {
                for (CebXml.Kind kind : CebXml.Kind.values()) {
                    // marks the phase in the output as it starts (a profiler attached from outside can follow it)
                    System.out.println("PHASE " + kind.root() + " " + label);
                    System.out.flush();
                    long s = System.nanoTime();
                    long c = cpuNanos();
                    Map<String, Long> threads0 = threadCpu();
                    long senders = run(connections, batches, List.of(kind), sink, tallies);
                    phaseSeconds.put(kind, (System.nanoTime() - s) / 1e9);
                    phaseCpu.put(kind, (cpuNanos() - c) / 1e9);
                    if (kind == CebXml.Kind.LISTS) {
                        printThreadCpu(threads0, senders, cpuNanos() - c, purchaseCount);
                    }
                }
            } else if (mode.equals("interleaved")) {
                long c = cpuNanos();
                Map<String, Long> threads0 = threadCpu();
                long senders = run(connections, batches, List.of(CebXml.Kind.values()), sink, tallies);
                printThreadCpu(threads0, senders, cpuNanos() - c, purchaseCount);
            } else {
                throw new IllegalArgumentException("mode=interleaved or mode=phased");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        double server = serverCpuSeconds(serverPid) - server0;
        double others = machineBusySeconds() - machine0 - server - cpu;
        long jit = jitMillis() - jit0;
        long gc = gcMillis() - gc0;
        report(label, mode, purchaseCount, connections, seconds, phaseSeconds, tallies, cpu, predicted);
        if (phaseCpu.containsKey(CebXml.Kind.LISTS)) {
            // in-process (the sink in this JVM) this is the single window's CPU for clearing the lists alone
            System.out.printf("RESULT_LISTS_PHASE seconds=%.2f client_cores=%.2f client_us_per_list=%.0f%n",
                    phaseSeconds.get(CebXml.Kind.LISTS), phaseCpu.get(CebXml.Kind.LISTS) / phaseSeconds.get(CebXml.Kind.LISTS),
                    1e6 * phaseCpu.get(CebXml.Kind.LISTS) / purchaseCount);
        }
        System.out.printf("RESULT_CPU server_cores=%.2f server_ms_per_purchase=%.3f client_cores=%.2f others_cores=%.2f"
                        + " client_us_per_purchase=%.0f client_jit_ms=%d client_gc_ms=%d%n",
                server / seconds, 1000 * server / purchaseCount, cpu / seconds, Math.max(0, others) / seconds,
                1e6 * cpu / purchaseCount, jit, gc);
        if (serverPid != null) {
            System.out.printf("%s: server CPU %.1f s in %.2f s: %.2f cores busy on average; %.2f ms of server CPU per "
                    + "purchase (its four documents); other processes on the machine: %.2f cores%n", label, server,
                    seconds, server / seconds, 1000 * server / purchaseCount, Math.max(0, others) / seconds);
        }
    }

    /** Each of {@code connections} threads takes the next batch and sends its messages of {@code kinds} in order. */
    private static long run(int connections, List<Outgoing> batches, List<CebXml.Kind> kinds,
                            MessageSink sink, Tally[] tallies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        // the sending threads' own CPU (with the in-process sink: reading and checking the messages), each adding its
        // own when it is done, before the pool ends it
        java.util.concurrent.atomic.AtomicLong sendersCpu = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            List<Callable<Void>> senders = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                senders.add(() -> {
                    long own = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    for (int i = next.getAndIncrement(); i < batches.size(); i = next.getAndIncrement()) {
                        for (CebXml.Kind kind : kinds) {
                            long s = System.nanoTime();
                            MessageSink.Answer a;
                            try {
                                a = sink.send(kind, batches.get(i).message(kind));
                            } catch (Exception e) {
                                a = new MessageSink.Answer(false, 0, 0, 0, e.toString());
                            }
                            tallies[kind.ordinal()].record(System.nanoTime() - s, a);
                        }
                    }
                    sendersCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - own);
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(senders)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return sendersCpu.get();
    }

    private static void report(String label, String mode, int purchases, int connections, double seconds,
                               Map<CebXml.Kind, Double> phaseSeconds, Tally[] tallies, double cpu, String predicted) {
        Tally lists = tallies[CebXml.Kind.LISTS.ordinal()];
        int failed = 0;
        String problem = null;
        for (Tally t : tallies) {
            failed += t.failed;
            problem = problem == null ? t.problem : problem;
        }
        for (CebXml.Kind kind : CebXml.Kind.values()) {
            Tally t = tallies[kind.ordinal()];
            Double phase = phaseSeconds.get(kind);
            System.out.printf("%s: %s %d messages%s; one message median %.1f ms, p99 %.1f ms; receipts 800: %d, 100: "
                            + "%d, 120: %d%n", label, kind.root(), t.count,
                    phase == null ? "" : String.format(" in %.2f s (%,.0f documents/s)", phase, purchases / phase),
                    t.percentileMs(50), t.percentileMs(99), t.released, t.refused, t.stored);
        }
        double listSeconds = phaseSeconds.getOrDefault(CebXml.Kind.LISTS, seconds);
        int decided = lists.released + lists.refused;
        System.out.printf("%s: %,d purchases (4 messages of up to 100 documents each) over %d connections in %.2f s: "
                        + "%,.0f lists released/s, %,.0f lists decided/s%s (%,d released, %,d refused, %,d waiting)%s; "
                        + "one 100-list CEB621 message median %.1f ms, p99 %.1f ms; %d messages failed; client CPU "
                        + "%.1f s (%.0f%% of one core)%n", label, purchases, connections, seconds,
                lists.released / listSeconds, decided / listSeconds,
                mode.equals("phased") ? String.format(" in the lists phase (%.2f s; all four: %,.0f purchases/s)",
                        listSeconds, purchases / seconds) : "",
                lists.released, lists.refused, lists.stored, predicted, lists.percentileMs(50),
                lists.percentileMs(99), failed, cpu, 100 * cpu / seconds);
        if (problem != null) {
            System.out.println("first failure: " + problem);
        }
        System.out.printf("RESULT mode=%s connections=%d released_per_s=%.0f decided_per_s=%.0f purchases_per_s=%.0f "
                        + "list_msg_p50_ms=%.1f list_msg_p99_ms=%.1f failed=%d%n", mode, connections,
                lists.released / listSeconds, decided / listSeconds, purchases / seconds, lists.percentileMs(50),
                lists.percentileMs(99), failed);
    }

    /** The outcome the core predicts for the same lists, each buyer's allowance starting unused. */
    static String predict(List<CebBatches.Batch> batches, LocalDate date) {
        ClearanceWorld world = ClearanceWorld.bundled();
        Ledger ledger = world.newLedger();
        int released = 0;
        int refused = 0;
        for (Documents d : Documents.read(batches)) {
            ClearanceDecision decision = d.decide(world.clearance(), date, ledger);
            if (decision instanceof ClearanceDecision.Released) {
                released++;
            } else if (decision instanceof ClearanceDecision.Refused) {
                refused++;
            }
        }
        return String.format("; the core predicts %,d released, %,d refused", released, refused);
    }

    /** User + system CPU of a process from /proc (Linux; clock ticks of 1/100 s), NaN when unknown. */
    static double serverCpuSeconds(String pid) {
        if (pid == null || pid.isBlank()) {
            return Double.NaN;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3 of stat, utime and stime fields 14 and 15
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU time all processors spent busy (not idle, not waiting for I/O), from /proc/stat; NaN when unknown. */
    static double machineBusySeconds() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim()
                    .split("\\s+");
            long busy = 0;
            for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy / 100.0;
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** CPU time of this JVM's Java threads so far by thread group (the name without its number), in ns. */
    private static Map<String, Long> threadCpu() {
        var mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> out = new java.util.TreeMap<>();
        for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long t = mx.getThreadCpuTime(info.getThreadId());
            if (t > 0) {
                out.merge(info.getThreadName().replaceAll("[-#]?\\d+$", "").replaceAll("^pool-\\d+-thread$",
                        "senders"), t, Long::sum);
            }
        }
        return out;
    }

    /**
     * Where the CPU of a phase went, per document: the Java threads by group, and the rest of the process (garbage
     * collection, JIT compiling, native threads such as a store's background work).
     */
    private static void printThreadCpu(Map<String, Long> before, long senders, long processNanos, int documents) {
        Map<String, Long> after = threadCpu();
        StringBuilder line = new StringBuilder("RESULT_THREADS us_per_purchase");
        line.append(String.format(" senders=%.1f", senders / 1e3 / documents));
        long java = senders;
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (d > 0 && !e.getKey().equals("senders")) {
                java += d;
                if (d * 100 > processNanos) {
                    line.append(String.format(" %s=%.1f", e.getKey().replace(' ', '_'), d / 1e3 / documents));
                }
            }
        }
        line.append(String.format(" other_java=... not_java_threads(gc,jit,native)=%.1f all=%.1f",
                (processNanos - java) / 1e3 / documents, processNanos / 1e3 / documents));
        System.out.println(line.toString().replace(" other_java=...", ""));
    }

    /** Time this JVM's JIT compilers spent compiling so far (where the JVM tells), in ms; with the in-process sink
     *  that is the single window's own compiling, which a run still warming up pays. */
    private static long jitMillis() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /** Time this JVM's garbage collectors took so far (their own accounting), in ms. */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Latencies and receipt counts of one kind of message. */
    private static final class Tally {
        private final long[] nanos;
        int count;
        int released;
        int refused;
        int stored;
        int failed;
        String problem;

        Tally(int capacity) {
            nanos = new long[capacity];
        }

        synchronized void record(long n, MessageSink.Answer a) {
            nanos[count++] = n;
            if (!a.ok()) {
                failed++;
                problem = problem == null ? a.problem() : problem;
                return;
            }
            released += Math.max(0, a.released());
            refused += Math.max(0, a.refused());
            stored += Math.max(0, a.stored());
        }

        synchronized double percentileMs(double p) {
            return Stats.percentileMs(nanos.clone(), count, p);
        }
    }
}
