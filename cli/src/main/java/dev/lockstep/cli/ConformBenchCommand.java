package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.ConformanceBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench-conform", description = "Trace checker throughput: generates conforming traces by random "
        + "walks over the model (not timed), then checks them from disk: long traces, and many short ones.")
final class ConformBenchCommand implements Callable<Integer> {
    @Mixin
    SpecArgs specArgs;

    @Option(names = "--steps", split = ",", defaultValue = "100000,1000000", paramLabel = "N,...",
            converter = OptionTypes.AtLeastOne.class,
            description = "Lengths of the long traces, in steps (default: ${DEFAULT-VALUE}).")
    List<Integer> steps;

    @Option(names = "--short-traces", defaultValue = "3000", paramLabel = "N", converter = OptionTypes.AtLeastZero.class,
            description = "How many short traces (default: ${DEFAULT-VALUE}; 0 skips them).")
    int shortTraces;

    @Option(names = "--short-steps", defaultValue = "20", paramLabel = "N", converter = OptionTypes.AtLeastOne.class,
            description = "Steps per short trace (default: ${DEFAULT-VALUE}).")
    int shortSteps;

    @Mixin
    Repetitions repetitions;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Write the generated traces here and keep them (default: a temporary directory, deleted).")
    Path keep;

    @Mixin
    Output output;

    @Override
    public Integer call() throws IOException {
        LoadedModel loaded = specArgs.load(output);
        output.emit(new Report(loaded, repetitions.runs, measure(loaded)));
        return ExitCodes.HOLDS;
    }

    private List<ConformanceBench.Figures> measure(LoadedModel loaded) throws IOException {
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("lockstep-bench-conform");
        int warmup = repetitions.warmup;
        int runs = repetitions.runs;
        List<ConformanceBench.Figures> figures = new ArrayList<>();
        try {
            for (int n : steps) {
                figures.add(ConformanceBench.longTrace(loaded.instance(), n, 1, dir, warmup, runs));
            }
            if (shortTraces > 0) {
                figures.add(ConformanceBench.shortTraces(loaded.instance(), shortTraces, shortSteps, dir, warmup, runs));
            }
        } finally {
            if (keep == null) ProtocolSource.deleteTree(dir);
        }
        return figures;
    }

    /** One row per set of traces. */
    private record Report(LoadedModel loaded, int runs, List<ConformanceBench.Figures> figures)
            implements Output.Report {
        @Override
        public JsonNode json() {
            ObjectNode json = Json.object().put("spec", loaded.spec().name())
                    .put("model", loaded.instance().model().name()).put("runs", runs);
            ArrayNode rows = json.putArray("results");
            for (ConformanceBench.Figures f : figures) {
                rows.addObject().put("what", f.what()).put("events", f.events()).put("traces", f.traces())
                        .put("bytes", f.bytes()).put("medianSeconds", f.medianSeconds())
                        .put("eventsPerSecond", Math.round(f.eventsPerSecond()))
                        .put("medianCpuSeconds", f.medianCpuSeconds())
                        .put("eventsPerCpuSecond", Math.round(f.eventsPerCpuSecond()))
                        .put("parseOnlyEventsPerCpuSecond", Math.round(f.parseOnlyEventsPerCpuSecond()))
                        .put("peakHeapBytes", f.peakHeapBytes());
            }
            return json;
        }

        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.printf(Locale.ROOT, "%-36s %11s %9s %9s %11s %9s %12s %12s %10s%n", "traces", "events", "files MiB",
                    "median s", "events/s", "cpu s", "events/cpu-s", "parse-only/s", "peak heap");
            for (ConformanceBench.Figures f : figures) {
                out.printf(Locale.ROOT, "%-36s %,11d %9.1f %9.3f %,11.0f %9.3f %,12.0f %,12.0f %6d MiB%n", f.what(),
                        f.events(), f.bytes() / 1048576.0, f.medianSeconds(), f.eventsPerSecond(),
                        f.medianCpuSeconds(), f.eventsPerCpuSecond(), f.parseOnlyEventsPerCpuSecond(),
                        f.peakHeapBytes() >> 20);
            }
        }
    }
}
