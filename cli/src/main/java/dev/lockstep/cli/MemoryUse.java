package dev.lockstep.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The memory a long run uses, for its progress lines: the Java heap in use (garbage not yet collected included) of
 * the most it may grow to, and the resident set of the whole process, which also counts what lives outside the
 * heap (an off-heap state store, the JIT, thread stacks). Computed here, from the JVM and Linux's
 * {@code /proc/self/status}, so that no search needs to measure it.
 */
final class MemoryUse {
    private MemoryUse() {}

    /** e.g. "heap 812 of 7,936 MiB, RSS 1,024 MiB"; without /proc (not Linux) the RSS part is left out. */
    static String describe() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "heap %,d", mib(heap.getUsed())));
        // getMax() is -1 when the heap has no defined maximum.
        if (heap.getMax() > 0) out.append(String.format(Locale.ROOT, " of %,d", mib(heap.getMax())));
        out.append(" MiB");
        long rss = residentBytes();
        if (rss > 0) out.append(String.format(Locale.ROOT, ", RSS %,d MiB", mib(rss)));
        return out.toString();
    }

    /** The process's resident set in bytes (VmRSS), or -1 where the platform does not tell. */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or an unexpected format: no figure rather than a wrong one.
        }
        return -1;
    }

    private static long mib(long bytes) { return bytes >> 20; }
}
