package dev.lockstep.specs.conformance;

import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.specs.gen.LibraryModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): simulated node steps per second of the generated machines on the simulator with the
 * conformance suite's options, bare ({@link OnlineCheck#NONE}, no traces) against checked online through the
 * evaluator ({@link SpecOnlineCheck}), in alternating slices so that load from other processes hits both alike.
 * Run as described in docs/benchmarks.md:
 * {@code java -cp ... dev.lockstep.specs.conformance.OnlineCheckBenchmark [seeds per slice] [slices]}.
 */
public final class OnlineCheckBenchmark {
    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int slices = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        System.out.printf(Locale.ROOT, "%-30s %10s %12s %12s %8s%n", "model", "steps/run", "bare/s", "checked/s",
                "cost");
        List<LibraryModels.Model> models = LibraryModels.all().stream().filter(m -> m.file().getParent() == null
                || !m.file().getParent().getFileName().toString().equals("buggy")).toList();
        for (LibraryModels.Model m : models) measure(m, seeds, 3); // warm-up: every model, before any is measured
        for (LibraryModels.Model m : models) {
            List<double[]> rates = new ArrayList<>();
            for (int s = 0; s < slices; s++) rates.add(measure(m, seeds, 1));
            double[] bare = rates.stream().mapToDouble(r -> r[0]).sorted().toArray();
            double[] checked = rates.stream().mapToDouble(r -> r[1]).sorted().toArray();
            double[] ratio = rates.stream().mapToDouble(r -> r[0] / r[1]).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-30s %10.1f %,12.0f %,12.0f %7.2fx%n", m, rates.get(0)[2],
                    median(bare), median(checked), median(ratio));
        }
    }

    private static double median(double[] sorted) { return sorted[sorted.length / 2]; }

    /** {bare steps/s, checked steps/s, steps per run} over {@code seeds} seeds, each side {@code rounds} times. */
    private static double[] measure(LibraryModels.Model m, int seeds, int rounds) {
        long bareSteps = 0, bareNanos = 0, checkedSteps = 0, checkedNanos = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (long seed = 1; seed <= seeds; seed++) {
                SimulationResult res = Simulation.run(m.descriptor(), GeneratedCodeConformanceSuiteTest.options(seed),
                        OnlineCheck.NONE);
                bareSteps += res.steps();
            }
            long t1 = System.nanoTime();
            for (long seed = 1; seed <= seeds; seed++) {
                SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(m.instance(), m.descriptor(),
                        GeneratedCodeConformanceSuiteTest.options(seed));
                if (!o.ok()) throw new IllegalStateException(o.describe());
                checkedSteps += o.result().steps();
            }
            long t2 = System.nanoTime();
            bareNanos += t1 - t0;
            checkedNanos += t2 - t1;
        }
        return new double[] {bareSteps * 1e9 / bareNanos, checkedSteps * 1e9 / checkedNanos,
                (double) bareSteps / (seeds * rounds)};
    }

    private OnlineCheckBenchmark() {}
}
