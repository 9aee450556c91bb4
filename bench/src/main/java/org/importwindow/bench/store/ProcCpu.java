package org.importwindow.bench.store;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time from Linux's /proc (in seconds; clock ticks of 1/100 s) and this JVM's own. The same accounting as
 * {@code CbecHttpLoad}'s (busy = user + nice + system + irq + softirq + steal of /proc/stat), so that "other
 * processes" means the same in both benchmarks. NaN where /proc cannot be read.
 */
final class ProcCpu {
    private static final double TICKS = 100.0;

    private ProcCpu() {
    }

    /** CPU this JVM's threads used (including the native threads of RocksDB and H2's background writer). */
    static double jvmSeconds() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** CPU all processors spent busy (not idle, not waiting for I/O). */
    static double machineBusySeconds() {
        return machine(new int[]{1, 2, 3, 6, 7, 8});
    }

    /** Time processors sat idle with I/O outstanding (fsync waits show here). */
    static double machineIoWaitSeconds() {
        return machine(new int[]{5});
    }

    private static double machine(int[] fields) {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            for (int i : fields) {
                ticks += Long.parseLong(f[i]);
            }
            return ticks / TICKS;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * The fields of /proc/pid/stat after the command name: index 0 is the state (field 3), 1 the parent (4), 11 and
     * 12 user and system time (14, 15), 13 and 14 the time of children waited for (16, 17); null if gone.
     */
    static String[] stat(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return s.substring(s.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A process seen in /proc: its name, parent and CPU ticks so far (user + system). */
    record Proc(String name, long parent, long ticks) {
    }

    /** Every process on the machine now, by pid (empty if /proc cannot be read). */
    static java.util.Map<Long, Proc> processes() {
        java.util.Map<Long, Proc> all = new java.util.HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String s = Files.readString(p.resolve("stat"));
                    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
                    all.put(Long.parseLong(name), new Proc(s.substring(s.indexOf('(') + 1, s.lastIndexOf(')')),
                            Long.parseLong(f[1]), Long.parseLong(f[11]) + Long.parseLong(f[12])));
                } catch (IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return all;
        }
        return all;
    }

    /**
     * The processes, other than {@code own}, that used the most CPU between two readings: "name pid cores, ...".
     * Processes that started and ended in between are missed; kernel threads (writeback) are included.
     */
    static String busiest(java.util.Map<Long, Proc> before, java.util.Map<Long, Proc> after, double seconds,
                          java.util.function.LongPredicate own, int limit) {
        return after.entrySet().stream()
                .filter(e -> !own.test(e.getKey()) && !own.test(e.getValue().parent()))
                .map(e -> java.util.Map.entry(e.getKey() + " " + e.getValue().name(), e.getValue().ticks()
                        - (before.containsKey(e.getKey()) ? before.get(e.getKey()).ticks() : 0)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(limit)
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / TICKS / seconds))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    static long parent(long pid) {
        String[] f = stat(pid);
        return f == null ? -1 : Long.parseLong(f[1]);
    }

    /**
     * CPU of a process and all its children: its own time, the time of its children that ended (a parent that
     * waits for them, as PostgreSQL's postmaster does, inherits it) and the time of the living ones. A child that
     * ends between two readings moves from the second sum to the first, so differences stay right.
     */
    static double treeSeconds(long pid) {
        String[] f = stat(pid);
        if (f == null) {
            return Double.NaN;
        }
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                String[] c = stat(Long.parseLong(name));
                if (c != null && Long.parseLong(c[1]) == pid) {
                    ticks += Long.parseLong(c[11]) + Long.parseLong(c[12]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return ticks / TICKS;
    }
}
