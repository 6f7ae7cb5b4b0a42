package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceBench;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench-conform", description = "Trace checker throughput: generates conforming traces by random "
        + "walks over the model (not timed), then checks them from disk: long traces, and many short ones.")
final class ConformBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Option(names = "--model", paramLabel = "NAME", description = "The model (optional if there is one).")
    String model;

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

    @Option(names = "--warmup", defaultValue = "1", converter = OptionTypes.AtLeastZero.class,
            description = "Unmeasured runs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "3", converter = OptionTypes.AtLeastOne.class,
            description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Write the generated traces here and keep them (default: a temporary directory, deleted).")
    Path keep;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedModel loaded = LoadedModel.load(file, model, format, out, err);
        if (loaded == null) return Main.BAD_INPUT;
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("lockstep-bench-conform");
        List<ConformanceBench.Figures> figures = new ArrayList<>();
        try {
            for (int n : steps) {
                figures.add(ConformanceBench.longTrace(loaded.instance(), n, 1, dir, warmup, runs));
            }
            if (shortTraces > 0) {
                figures.add(ConformanceBench.shortTraces(loaded.instance(), shortTraces, shortSteps, dir, warmup, runs));
            }
        } finally {
            if (keep == null) {
                try (Stream<Path> s = Files.walk(dir)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
        }
        if (format == OutputFormat.json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ConformanceBench.Figures f : figures) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("what", f.what());
                row.put("events", f.events());
                row.put("traces", f.traces());
                row.put("bytes", f.bytes());
                row.put("medianSeconds", f.medianSeconds());
                row.put("eventsPerSecond", Math.round(f.eventsPerSecond()));
                row.put("medianCpuSeconds", f.medianCpuSeconds());
                row.put("eventsPerCpuSecond", Math.round(f.eventsPerCpuSecond()));
                row.put("parseOnlyEventsPerCpuSecond", Math.round(f.parseOnlyEventsPerCpuSecond()));
                row.put("peakHeapBytes", f.peakHeapBytes());
                rows.add(row);
            }
            out.println(Json.write(Map.of("spec", loaded.spec().name(), "model", loaded.instance().model().name(),
                    "runs", runs, "results", rows)));
        } else {
            out.printf(Locale.ROOT, "%-36s %11s %9s %9s %11s %9s %12s %12s %10s%n", "traces", "events", "files MiB",
                    "median s", "events/s", "cpu s", "events/cpu-s", "parse-only/s", "peak heap");
            for (ConformanceBench.Figures f : figures) {
                out.printf(Locale.ROOT, "%-36s %,11d %9.1f %9.3f %,11.0f %9.3f %,12.0f %,12.0f %6d MiB%n", f.what(),
                        f.events(), f.bytes() / 1048576.0, f.medianSeconds(), f.eventsPerSecond(),
                        f.medianCpuSeconds(), f.eventsPerCpuSecond(), f.parseOnlyEventsPerCpuSecond(),
                        f.peakHeapBytes() >> 20);
            }
        }
        out.flush();
        return Main.HOLDS;
    }
}
