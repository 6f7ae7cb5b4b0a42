package dev.lockstep.cli;

import dev.lockstep.lang.explore.ExploreOptions;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * {@code explore --checkpoint DIR [--checkpoint-every TIME]} and {@code explore --resume DIR} (a picocli mixin): the
 * breadth-first search saves itself at level ends, and a later run continues it.
 */
final class CheckpointOptions {
    @Option(names = "--checkpoint", paramLabel = "DIR",
            description = "Save the search in DIR at the end of a level, every --checkpoint-every, so that a later "
                    + "run can continue it with --resume DIR. DIR must not hold a checkpoint already.")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "TIME",
            description = "With --checkpoint or --resume: the time between checkpoints, e.g. 90s, 10m, 1h "
                    + "(default: 10m); a checkpoint is written at the end of the first level after it.")
    Duration every;

    @Option(names = "--resume", paramLabel = "DIR",
            description = "Continue the search saved in DIR by --checkpoint (same spec text, model, --exact and "
                    + "deadlock setting; any --workers), and keep saving it there. Ends with the same counts and "
                    + "counterexample as a run that was never interrupted.")
    Path resume;

    /** Test hook: write a checkpoint once K levels are found and stop, as if the machine restarted there. */
    @Option(names = "--stop-after-level", paramLabel = "K", converter = OptionTypes.AtLeastOne.class, hidden = true)
    Integer stopAfterLevel;

    /** {@code options} with this checkpointing; refuses (exit 2) inconsistent combinations and unwritable folders. */
    ExploreOptions applyTo(ExploreOptions options, Output output) {
        if (checkpoint != null && resume != null) {
            throw output.refuse("--resume DIR keeps saving the search in DIR; leave out --checkpoint");
        }
        Path dir = resume != null ? resume : checkpoint;
        if (dir == null) {
            if (every != null) throw output.refuse("--checkpoint-every needs --checkpoint DIR or --resume DIR");
            if (stopAfterLevel != null) throw output.refuse("--stop-after-level needs --checkpoint DIR or --resume DIR");
            return options;
        }
        if (checkpoint != null) output.writableDirectory("--checkpoint", checkpoint);
        return options.withCheckpointing(new ExploreOptions.Checkpointing(dir,
                every != null ? every : ExploreOptions.Checkpointing.EVERY, resume != null,
                stopAfterLevel != null ? stopAfterLevel : 0));
    }
}
