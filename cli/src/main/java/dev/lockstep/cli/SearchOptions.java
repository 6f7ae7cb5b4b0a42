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

    @Option(names = "--memory", paramLabel = "SIZE", converter = OptionTypes.ByteSize.class,
            description = "Cap the fingerprint store at SIZE, e.g. 512m or 4g (default: no cap); a search that needs "
                    + "more stops with partial figures (LS708). Also sets the BFS queue's memory share: each level holds "
                    + "SIZE/1024 states whole and spills the rest to temporary files (default: 1,048,576 states). "
                    + "Not with --exact.")
    long memory;

    /** The options with these settings; refuses {@code --memory} with {@code --exact} (exit 2). */
    ExploreOptions applyTo(ExploreOptions options, Output output) {
        if (exact && memory > 0) {
            throw output.refuse("--memory caps the fingerprint store and cannot be combined with --exact");
        }
        return options.withWorkers(workers).withExact(exact).withMemoryLimit(memory);
    }
}
