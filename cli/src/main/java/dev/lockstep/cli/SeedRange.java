package dev.lockstep.cli;

import picocli.CommandLine.Option;

/** The seeds a simulation runs, {@code --seed} and {@code --seeds} (a picocli mixin): first, first + 1, ... */
final class SeedRange {
    @Option(names = "--seed", paramLabel = "<seed>", defaultValue = "0",
            description = "The first seed (default: ${DEFAULT-VALUE}).")
    long first;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "1", converter = OptionTypes.AtLeastOne.class,
            description = "How many seeds (at least 1), from --seed on (default: ${DEFAULT-VALUE}).")
    int count;

    /**
     * Why the range cannot be run (null when it can): past the last long, the loop over the seeds would run no run
     * at all and report "holds".
     */
    String refusal() {
        if (first <= Long.MAX_VALUE - (count - 1)) return null;
        return "--seed " + first + " --seeds " + count + ": the last seed would be past " + Long.MAX_VALUE;
    }

    /** Whether {@code seed} is in the range (an overflow-safe {@code first <= seed < first + count}). */
    boolean contains(long seed) { return seed >= first && seed - first < count; }
}
