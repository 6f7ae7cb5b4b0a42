package dev.lockstep.cli;

import dev.lockstep.lang.explore.ExploreOptions;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * How far a state-space search may go and how often it reports (a picocli mixin): {@code --max-states},
 * {@code --max-seconds}, {@code --progress-seconds}, and their translation into {@link ExploreOptions}.
 */
final class SearchLimits {
    @Option(names = "--max-states", paramLabel = "N", defaultValue = "0", converter = OptionTypes.Limit.class,
            description = "Stop after N distinct states (partial result; default 0: no limit).")
    long maxStates;

    @Option(names = "--max-seconds", paramLabel = "TIME", defaultValue = "0", converter = OptionTypes.TimeLimit.class,
            description = "Stop after TIME, e.g. 90, 90s, 10m (partial result; default 0: no limit).")
    Duration maxTime;

    @Option(names = "--progress-seconds", paramLabel = "TIME",
            defaultValue = "" + ExploreOptions.DEFAULT_PROGRESS_SECONDS, converter = OptionTypes.TimeLimit.class,
            description = "Print a progress line to stderr every TIME (default: ${DEFAULT-VALUE} s; 0: never).")
    Duration progressEvery;

    /** {@code options} with these limits, and progress lines on {@code err} unless they are off. */
    ExploreOptions applyTo(ExploreOptions options, PrintWriter err) {
        options = options.withMaxStates(maxStates).withMaxTime(maxTime.isZero() ? null : maxTime);
        if (progressEvery.isZero()) return options;
        return options.withProgress(progressEvery, p -> {
            String onDisk = p.onDisk() == 0 ? "" : String.format(Locale.ROOT, " (%,d on disk)", p.onDisk());
            err.printf(Locale.ROOT, "  progress: %,d distinct, %,d generated, queue %,d%s, depth %d, %,.0f distinct"
                    + " states/s, %s%n", p.distinct(), p.generated(), p.queued(), onDisk, p.depth(),
                    p.statesPerSecond(), MemoryUse.describe());
            err.flush();
        });
    }
}
