package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceBench;
import dev.lockstep.lang.eval.ModelInstance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The traces {@code bench-conform} generates and checks (a picocli mixin): long traces of {@code --steps} steps
 * each, and {@code --short-traces} traces of {@code --short-steps} steps, written to {@code --dir} or to a
 * temporary directory deleted afterwards.
 */
final class BenchTraces {
    @Option(names = "--steps", split = ",", defaultValue = "100000,1000000", paramLabel = "N,...",
            converter = OptionTypes.AtLeastOne.class,
            description = "Lengths of the long traces, in steps (default: ${DEFAULT-VALUE}).")
    List<Integer> longSteps;

    @Option(names = "--short-traces", defaultValue = "3000", paramLabel = "N", converter = OptionTypes.AtLeastZero.class,
            description = "How many short traces (default: ${DEFAULT-VALUE}; 0 skips them).")
    int shortTraces;

    @Option(names = "--short-steps", defaultValue = "20", paramLabel = "N", converter = OptionTypes.AtLeastOne.class,
            description = "Steps per short trace (default: ${DEFAULT-VALUE}).")
    int shortSteps;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Write the generated traces here and keep them (default: a temporary directory, deleted).")
    Path keep;

    /** One row of figures per long trace, then one for the short traces. */
    List<ConformanceBench.Figures> measure(ModelInstance model, Repetitions r) throws IOException {
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("lockstep-bench-conform");
        List<ConformanceBench.Figures> figures = new ArrayList<>();
        try {
            for (int n : longSteps) figures.add(ConformanceBench.longTrace(model, n, 1, dir, r.warmup, r.runs));
            if (shortTraces > 0) {
                figures.add(ConformanceBench.shortTraces(model, shortTraces, shortSteps, dir, r.warmup, r.runs));
            }
        } finally {
            if (keep == null) ProtocolSource.deleteTree(dir);
        }
        return figures;
    }
}
