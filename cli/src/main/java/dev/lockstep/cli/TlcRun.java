package dev.lockstep.cli;

import dev.lockstep.modelcheck.TlcOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How {@code check} runs TLC (a picocli mixin): {@code --workers}, {@code --heap}, {@code --timeout}, where the
 * TLA+ files are kept ({@code --keep-tla}), and the progress lines TLC's reports become.
 */
final class TlcRun {
    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", converter = OptionTypes.AtLeastOne.class,
            description = "TLC worker threads (default: ${DEFAULT-VALUE}; with 1 the counterexamples are shortest).")
    int workers;

    @Mixin
    TlcHeap heap;

    @Option(names = "--timeout", paramLabel = "TIME",
            description = "Stop TLC after TIME, e.g. 90 (seconds), 90s, 10m, 1h (default: no limit).")
    Duration timeout;

    @Option(names = "--keep-tla", paramLabel = "DIR",
            description = "Write the TLA+ module and the model's .cfg to DIR (created if missing) and keep them.")
    Path keepTla;

    /** Refuses (exit 2) a {@code --keep-tla} that cannot be written, before TLC runs: its result is never lost. */
    void prepare(Output output) {
        output.writableDirectory("--keep-tla", keepTla);
    }

    /** TLC's options with these settings, printing a progress line on {@code err} for each of TLC's reports. */
    TlcOptions options(PrintWriter err) {
        TlcOptions options = TlcOptions.defaults().withWorkers(workers).withHeap(heap.size).withTimeout(timeout)
                .withKeepTla(keepTla);
        return options.withProgress(p -> {
            double minutes = Math.max(p.elapsed().toMillis(), 1) / 60_000.0;
            err.printf(Locale.ROOT, "  progress: %,d distinct, %,d generated (%,.0f states/min), queue %,d, "
                    + "depth %d, %.0f s%n", p.distinct(), p.generated(), p.generated() / minutes, p.queue(),
                    p.depth(), p.elapsed().toMillis() / 1000.0);
            err.flush();
        });
    }
}
