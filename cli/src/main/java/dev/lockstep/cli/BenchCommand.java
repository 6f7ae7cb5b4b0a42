package dev.lockstep.cli;

import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Explorer throughput benchmark: for each model, warm-up runs (JIT), then measured runs; reports the median
 * time, distinct and generated states per second, and peak heap use. Figures go in docs/benchmarks.md.
 */
@Command(name = "bench", description = "Benchmark the explorer on models of a spec (states/s, peak memory).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Option(names = "--models", split = ",", required = true, paramLabel = "NAME,...",
            description = "Models to benchmark, in order.")
    List<String> models;

    @Option(names = "--warmup", defaultValue = "1", converter = OptionTypes.AtLeastZero.class,
            description = "Warm-up runs per model (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "3", converter = OptionTypes.AtLeastOne.class,
            description = "Measured runs per model (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (format == OutputFormat.text) {
            out.printf("Explorer benchmark: %s, %d warm-up + %d measured runs per model, JVM %s, %d cores%n", file,
                    warmup, runs, Runtime.version(), Runtime.getRuntime().availableProcessors());
            out.printf("%-8s %12s %14s %8s %10s %14s %16s %12s%n", "model", "distinct", "generated", "depth",
                    "median s", "distinct/s", "generated/s", "peak heap");
            out.flush();
        }
        for (String name : models) {
            LoadedModel loaded = LoadedModel.load(file, name, format, out, err);
            if (loaded == null) return Main.BAD_INPUT;
            ExploreOptions options = ExploreOptions.defaults().withDeadlock(false);
            for (int i = 0; i < warmup; i++) new Explorer(loaded.instance()).run(options);
            double[] seconds = new double[runs];
            long peak = 0;
            ExploreResult last = null;
            for (int i = 0; i < runs; i++) {
                System.gc();
                resetPeaks();
                last = new Explorer(loaded.instance()).run(options);
                seconds[i] = last.elapsed().toNanos() / 1e9;
                peak = Math.max(peak, peakHeapBytes());
            }
            Arrays.sort(seconds);
            double median = seconds[runs / 2];
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", name);
            row.put("status", last.status().name());
            row.put("distinct", last.distinct());
            row.put("generated", last.generated());
            row.put("depth", last.depth());
            row.put("medianSeconds", median);
            row.put("distinctPerSecond", Math.round(last.distinct() / median));
            row.put("generatedPerSecond", Math.round(last.generated() / median));
            row.put("peakHeapBytes", peak);
            rows.add(row);
            if (format == OutputFormat.text) {
                out.printf(Locale.ROOT, "%-8s %,12d %,14d %8d %10.3f %,14.0f %,16.0f %9.0f MiB%n", name, last.distinct(),
                        last.generated(), last.depth(), median, last.distinct() / median, last.generated() / median,
                        peak / 1048576.0);
                out.flush();
            }
        }
        if (format == OutputFormat.json) out.println(Json.write(Map.of("file", file.toString(), "results", rows)));
        out.flush();
        return Main.HOLDS;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    /** Sum of the heap pools' peak usage since the last reset (includes garbage not yet collected). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
