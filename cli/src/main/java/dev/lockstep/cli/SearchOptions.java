package dev.lockstep.cli;

import dev.lockstep.lang.explore.ExploreOptions;
import picocli.CommandLine.Option;

/** How the explorer searches and stores states (a picocli mixin of {@code explore} and {@code bench}). */
final class SearchOptions {
    @Option(names = "--workers", paramLabel = "N", converter = OptionTypes.AtLeastOne.class,
            description = "Search with N threads (default: all cores); the counts, depth and counterexample do not "
                    + "depend on N.")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "--exact", description = "Keep whole states instead of 64-bit fingerprints: no fingerprint "
            + "collision is possible, at several times the memory per state (tests, small models).")
    boolean exact;

    ExploreOptions applyTo(ExploreOptions options) {
        return options.withWorkers(workers).withExact(exact);
    }
}
