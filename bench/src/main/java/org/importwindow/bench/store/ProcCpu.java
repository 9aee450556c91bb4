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
