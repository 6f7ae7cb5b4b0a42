package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.Trace;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "explore", description = "Explore every reachable state of a model breadth-first, checking its "
        + "invariants and deadlock; print the shortest counterexample on a violation.")
final class ExploreCommand implements Callable<Integer> {
    @Mixin
    SpecArgs specArgs;

    @Mixin
    Output output;

    @Mixin
    DeadlockOption deadlock;

    @Mixin
    SearchOptions search;

    @Option(names = "--max-states", paramLabel = "N", defaultValue = "0", converter = OptionTypes.Limit.class,
            description = "Stop after N distinct states (partial result; default 0: no limit).")
    long maxStates;

    @Option(names = "--max-seconds", paramLabel = "TIME", defaultValue = "0", converter = OptionTypes.TimeLimit.class,
            description = "Stop after TIME, e.g. 90, 90s, 10m (partial result; default 0: no limit).")
    Duration maxTime;

    @Option(names = "--progress-seconds", paramLabel = "TIME", defaultValue = "3", converter = OptionTypes.TimeLimit.class,
            description = "Print a progress line to stderr every TIME (default: ${DEFAULT-VALUE} s; 0: never).")
    Duration progressEvery;

    @Override
    public Integer call() {
        LoadedModel loaded = specArgs.load(output);
        output.warnings(loaded.warnings());
        var m = loaded.instance().model();
        output.textLine(String.format("Exploring %s, model %s (invariants: %s; deadlock: %s)", loaded.spec().name(),
                m.name(), m.invariants().isEmpty() ? "none" : String.join(", ", m.invariants()),
                deadlock.describe()));
        ExploreOptions options = ExploreOptions.defaults()
                .withDeadlock(deadlock.checked())
                .withMaxStates(maxStates)
                .withMaxTime(maxTime.isZero() ? null : maxTime);
        options = search.applyTo(options, output);
        if (!progressEvery.isZero()) {
            PrintWriter err = output.err();
            options = options.withProgress(progressEvery, p -> {
                err.printf(Locale.ROOT, "  progress: %,d distinct, %,d generated, queue %,d, depth %d, %,.0f states/s%n",
                        p.distinct(), p.generated(), p.queued(), p.depth(), p.statesPerSecond());
                err.flush();
            });
        }
        ExploreResult result = new Explorer(loaded.instance()).run(options);
        output.emit(new Report(loaded, result, search.exact));
        return ExitCodes.of(result.status());
    }

    /** The explorer's result in spec terms. */
    private record Report(LoadedModel loaded, ExploreResult r, boolean exact) implements Output.Report {
        private String verdict() {
            return switch (r.status()) {
                case HOLDS -> "holds";
                case INVARIANT_VIOLATED -> "invariant " + r.violated() + " is violated";
                case DEADLOCK -> "deadlock: a reachable state has no successor";
                case EVALUATION_ERROR -> "evaluation error";
                case LIMIT_REACHED -> "stopped at the limit; the figures are partial and no violation was found so far";
            };
        }

        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.println("Result: " + verdict());
            FiguresReport.text(out, r.figures());
            out.printf(Locale.ROOT, "  time              %.2f s (%,.0f distinct states/s)%n", r.elapsed().toNanos() / 1e9,
                    r.statesPerSecond());
            if (exact) out.println("  store             exact (whole states)");
            else out.printf(Locale.ROOT, "  fingerprints      64-bit, collision probability %.1e (optimistic, n(g-n)/2^64)%n",
                    r.collisionProbability());
            if (r.fault() != null) out.print(DiagnosticPrinter.render(r.fault()));
            if (!r.counterexample().isEmpty()) {
                String what = r.status() == ExploreResult.Status.EVALUATION_ERROR ? "Path to the failing state"
                        : "Counterexample";
                out.println();
                out.println(what + " (" + r.counterexample().size() + " states):");
                out.print(Trace.render(loaded.instance(), r.counterexample()));
            }
        }

        @Override
        public JsonNode json() {
            ObjectNode json = FiguresReport.json(loaded, null, r.status().name(), r.violated(), r.figures());
            json.put("store", exact ? "exact" : "fingerprint");
            json.put("collisionProbability", r.collisionProbability());
            json.set("fault", r.fault() == null ? null : Json.diagnostic(r.fault()));
            json.set("counterexample", r.counterexample().isEmpty() ? null
                    : Json.tree(Trace.toItf(loaded.instance(), r.counterexample())));
            json.set("warnings", Json.diagnostics(loaded.warnings()));
            return json;
        }
    }
}
