package dev.lockstep.cli;

import java.lang.management.ManagementFactory;

/**
 * The CPU time of this JVM (every thread: the search's, the garbage collector's, the JIT's), as the explorer's side
 * of a benchmark counts it against TLC's JVM ({@link ChildCpu}). NaN where the JVM does not tell.
 */
final class ProcessCpu {
    private ProcessCpu() {}

    static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) return nanos / 1e9;
        }
        return Double.NaN;
    }
}
