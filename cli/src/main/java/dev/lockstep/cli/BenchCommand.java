package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Explorer throughput benchmark: for each model, warm-up runs (JIT), then measured runs; reports the median
 * time, distinct and generated states per second, and peak heap use. Figures go in docs/benchmarks.md. Each
 * model is measured into a {@link Figures} record, printed as a row as soon as it is measured (text) or gathered
 * into one document (JSON).
 */
@Command(name = "bench", description = "Benchmark the explorer on models of a spec (states/s, peak memory).")
final class BenchCommand extends StateSpaceBenchmark {
    @Mixin
    SearchOptions search;

    /** One model's figures: those of the last measured run, and the median time over the runs. */
    record Figures(String model, ExploreResult.Status status, long distinct, long generated, int depth,
                   double medianSeconds, long peakHeapBytes) {
        static final String HEADER = String.format("%-8s %12s %14s %8s %10s %14s %16s %12s", "model", "distinct",
                "generated", "depth", "median s", "distinct/s", "generated/s", "peak heap");

        String row() {
            return String.format(Locale.ROOT, "%-8s %,12d %,14d %8d %10.3f %,14.0f %,16.0f %9.0f MiB", model, distinct,
                    generated, depth, medianSeconds, distinct / medianSeconds, generated / medianSeconds,
                    peakHeapBytes / 1048576.0);
        }

        ObjectNode json() {
            return Json.object().put("model", model).put("status", status.name()).put("distinct", distinct)
                    .put("generated", generated).put("depth", depth).put("medianSeconds", medianSeconds)
                    .put("distinctPerSecond", Math.round(distinct / medianSeconds))
                    .put("generatedPerSecond", Math.round(generated / medianSeconds))
                    .put("peakHeapBytes", peakHeapBytes);
        }
    }

    @Override
    public Integer call() {
        output.textLine(String.format("Explorer benchmark: %s, %d warm-up + %d measured runs per model, JVM %s, %d cores, "
                + "%d workers, %s store", target.file, repetitions.warmup, repetitions.runs, Runtime.version(),
                Runtime.getRuntime().availableProcessors(), search.workers, search.exact ? "exact" : "fingerprint"));
        output.textLine(Figures.HEADER);
        ArrayNode rows = Json.array();
        for (String name : target.models) {
            Figures f = measure(target.file.load(name, output), name);
            rows.add(f.json());
            output.textLine(f.row());
        }
        if (output.json()) {
            ObjectNode json = Json.object().put("file", target.file.toString()).put("workers", search.workers)
                    .put("store", search.exact ? "exact" : "fingerprint");
            json.set("results", rows);
            output.emitJson(json);
        }
        return ExitCodes.HOLDS;
    }

    private Figures measure(LoadedModel loaded, String name) {
        ExploreOptions options = search.applyTo(ExploreOptions.defaults().withDeadlock(false), output);
        for (int i = 0; i < repetitions.warmup; i++) new Explorer(loaded.instance()).run(options);
        double[] seconds = new double[repetitions.runs];
        long peak = 0;
        ExploreResult last = null;
        for (int i = 0; i < seconds.length; i++) {
            System.gc();
            resetPeaks();
            last = new Explorer(loaded.instance()).run(options);
            seconds[i] = last.elapsed().toNanos() / 1e9;
            peak = Math.max(peak, peakHeapBytes());
        }
        return new Figures(name, last.status(), last.distinct(), last.generated(), last.depth(),
                Repetitions.median(seconds), peak);
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
