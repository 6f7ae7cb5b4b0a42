package dev.lockstep.conformance;

import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checker throughput: traces are generated first ({@link SpecWalkTraces}, not timed), then checked from disk
 * after warm-up runs for the JIT; the median of the measured runs is reported with the peak heap during them
 * (sum of the heap pools' peaks, so it includes garbage not yet collected: an upper bound).
 */
public final class ConformanceBench {
    private ConformanceBench() {}

    /** One measurement: {@code events} checked in {@code traces} runs (sets of per-node files). */
    public record Figures(String what, long events, int traces, long bytes, double medianSeconds,
                          double eventsPerSecond, double medianCpuSeconds, double eventsPerCpuSecond,
                          double parseOnlyEventsPerCpuSecond, long peakHeapBytes) {}

    /** One long run of {@code steps} steps (plus one init event per node). */
    public static Figures longTrace(ModelInstance model, int steps, long seed, Path dir, int warmup, int runs)
            throws IOException {
        Path run = Files.createDirectories(dir.resolve("long-" + steps));
        try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(run)) {
            new SpecWalkTraces(model).walk(seed, steps, sinks);
        }
        return measure("one trace of " + steps + " steps", model, List.of(run), warmup, runs);
    }

    /** {@code traces} short runs of at most {@code steps} steps each, checked one after the other. */
    public static Figures shortTraces(ModelInstance model, int traces, int steps, Path dir, int warmup, int runs)
            throws IOException {
        SpecWalkTraces walks = new SpecWalkTraces(model);
        List<Path> runDirs = new ArrayList<>();
        for (int i = 0; i < traces; i++) {
            Path run = Files.createDirectories(dir.resolve("short-" + i));
            try (NdjsonTraceSinks sinks = new NdjsonTraceSinks(run)) {
                walks.walk(i, steps, sinks);
            }
            runDirs.add(run);
        }
        return measure(traces + " traces of at most " + steps + " steps", model, runDirs, warmup, runs);
    }

    private static Figures measure(String what, ModelInstance model, List<Path> runDirs, int warmup, int runs)
            throws IOException {
        long bytes = 0;
        for (Path d : runDirs) for (Path f : TraceChecker.traceFiles(List.of(d))) bytes += Files.size(f);
        for (int i = 0; i < warmup; i++) checkAll(model, runDirs);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        // CPU time of the checking thread as well as wall time: on a shared machine the wall time includes waits
        // for a core, while the CPU time is what one core spends.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        double[] parseCpu = new double[runs];
        long events = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            events = checkAll(model, runDirs);
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            seconds[i] = (System.nanoTime() - start) / 1e9;
            // The floor that reading alone sets: the same files read and parsed into events, nothing replayed.
            long parseStart = threads.getCurrentThreadCpuTime();
            parseAll(runDirs);
            parseCpu[i] = (threads.getCurrentThreadCpuTime() - parseStart) / 1e9;
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        Arrays.sort(parseCpu);
        double median = seconds[runs / 2];
        double medianCpu = cpu[runs / 2];
        return new Figures(what, events, runDirs.size(), bytes, median, events / median, medianCpu,
                events / medianCpu, events / parseCpu[runs / 2], peak);
    }

    private static long parseAll(List<Path> runDirs) throws IOException {
        long events = 0;
        for (Path f : TraceChecker.traceFiles(runDirs)) {
            try (TraceFileReader r = new TraceFileReader(f)) {
                while (r.next() != null) events++;
            }
        }
        return events;
    }

    private static long checkAll(ModelInstance model, List<Path> runDirs) {
        long events = 0;
        for (Path d : runDirs) {
            ConformanceResult r = TraceChecker.check(model, List.of(d));
            if (!r.conforms()) {
                throw new IllegalStateException("a generated trace does not conform: "
                        + ConformanceReport.divergence(r.divergence()));
            }
            events += r.events();
        }
        return events;
    }
}
