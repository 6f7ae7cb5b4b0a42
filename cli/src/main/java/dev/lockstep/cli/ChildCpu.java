package dev.lockstep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time of this process's finished child processes (TLC's JVMs), from Linux's {@code /proc/self/stat}
 * (cutime + cstime: the user and system time of every child the JVM has waited for). Differences around one TLC
 * run give that run's CPU time, which load from other processes on a shared machine disturbs far less than
 * wall-clock time. Elsewhere there is no such figure, and {@link #seconds()} is NaN.
 */
final class ChildCpu {
    /** Linux's USER_HZ, the unit of the figures in /proc/PID/stat; 100 on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ChildCpu() {}

    /** The CPU seconds of all children waited for so far, or NaN if the platform does not tell. */
    static double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // Field 2, the command name, is in parentheses and may contain spaces: count fields after it.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            // After the name: state is field 3, so cutime (16) and cstime (17) are at indexes 13 and 14.
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
