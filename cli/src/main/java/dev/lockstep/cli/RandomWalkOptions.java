package dev.lockstep.cli;

import dev.lockstep.lang.explore.RandomWalks;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code explore --random-walks N [--depth D] [--seed S]} (a picocli mixin): simulation mode instead of the
 * breadth-first search, run by {@link RandomWalks} and reported by {@link RandomWalksReport}.
 */
final class RandomWalkOptions {
    /** explore's options that only the breadth-first search has (those not defined yet are never matched). */
    static final List<String> SEARCH_ONLY = List.of("--max-states", "--workers", "--exact", "--memory",
            "--checkpoint", "--checkpoint-every", "--resume", "--stop-after-level");

    static final int DEFAULT_DEPTH = 100;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--random-walks", paramLabel = "N", converter = OptionTypes.LongAtLeastOne.class,
            description = "Instead of the breadth-first search, run N seeded random walks (at least 1) over the spec,"
                    + " checking the invariants on every successor (TLC's -simulate); not exhaustive.")
    Long walks;

    @Option(names = "--depth", paramLabel = "D", converter = OptionTypes.AtLeastOne.class,
            description = "With --random-walks: at most D steps per walk, at least 1 (default: " + DEFAULT_DEPTH + ").")
    Integer depth;

    @Option(names = "--seed", paramLabel = "S",
            description = "With --random-walks: walk i uses seed S + i (default: 0); --seed W --random-walks 1 "
                    + "with the same --depth replays the walk reported with seed W.")
    Long seed;

    /**
     * True when {@code --random-walks} was given. Refuses (exit 2) {@code --depth} or {@code --seed} without it,
     * and with it the options of the breadth-first search.
     */
    boolean requested(Output output) {
        if (walks == null) {
            if (depth != null || seed != null) {
                throw output.fail((depth != null ? "--depth" : "--seed") + " is an option of --random-walks; add "
                        + "--random-walks N to run random walks, or leave it out for the breadth-first search");
            }
            return false;
        }
        ParseResult parsed = command.commandLine().getParseResult();
        for (String option : SEARCH_ONLY) {
            if (parsed.hasMatchedOption(option)) {
                throw output.fail(option + " is an option of the breadth-first search, not of --random-walks"
                        + " (a simulation stores no states; stop it with --max-seconds instead)");
            }
        }
        return true;
    }

    /** Runs the walks on the model and reports them; the exit code. */
    int run(SpecArgs specArgs, Output output, DeadlockOption deadlock, Duration maxTime, Duration progressEvery) {
        LoadedModel loaded = specArgs.load(output);
        output.warnings(loaded.warnings());
        int d = depth == null ? DEFAULT_DEPTH : depth;
        long s = seed == null ? 0 : seed;
        var m = loaded.instance().model();
        String plan = walks == 1 ? String.format(Locale.ROOT, "1 walk of at most %,d steps, seed %d", d, s)
                : String.format(Locale.ROOT, "%,d walks of at most %,d steps, seeds %d, %d, ...", walks, d, s, s + 1);
        output.textLine(String.format(Locale.ROOT, "Random walks over %s, model %s (invariants: %s; deadlock: %s): %s",
                loaded.spec().name(), m.name(), m.invariants().isEmpty() ? "none" : String.join(", ", m.invariants()),
                deadlock.describe(), plan));
        RandomWalks.Options options = RandomWalks.Options.of(walks, d, s)
                .withDeadlock(deadlock.checked())
                .withMaxTime(maxTime.isZero() ? null : maxTime);
        if (!progressEvery.isZero()) {
            PrintWriter err = output.err();
            options = options.withProgress(progressEvery, p -> {
                err.printf(Locale.ROOT, "  progress: %,d of %,d walks, %,d steps, %,d generated states (%,.0f/s), %s%n",
                        p.walksDone(), p.walks(), p.steps(), p.generated(), p.generatedPerSecond(), MemoryUse.describe());
                err.flush();
            });
        }
        RandomWalks.Result result = new RandomWalks(loaded.instance()).run(options);
        String replay = result.failedInWalk() ? "lockstep explore " + specArgs.file + " --model " + m.name()
                + " --random-walks 1 --depth " + d + " --seed " + result.walkSeed()
                + (deadlock.checked() ? "" : " --no-deadlock") : null;
        output.emit(new RandomWalksReport(loaded, walks, d, s, result, replay));
        return ExitCodes.of(result.status());
    }
}
