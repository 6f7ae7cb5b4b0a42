package dev.lockstep.cli;

import java.util.Arrays;
import picocli.CommandLine.Option;

/** How often a benchmark runs what it measures (a picocli mixin): warm-up runs for the JIT, then measured runs. */
final class Repetitions {
    @Option(names = "--warmup", defaultValue = "1", converter = OptionTypes.AtLeastZero.class,
            description = "Warm-up runs, not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "3", converter = OptionTypes.AtLeastOne.class,
            description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    /** The median of {@code xs} (the upper one of an even count), as every benchmark reports it. */
    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
