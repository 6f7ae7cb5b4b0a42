package dev.lockstep.cli;

import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.Trace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explore", description = "Explore every reachable state of a model breadth-first, checking its "
        + "invariants and deadlock; print the shortest counterexample on a violation.")
final class ExploreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Option(names = "--model", paramLabel = "NAME", description = "The model to explore (optional if there is one).")
    String model;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--no-deadlock", description = "Do not report states without successors.")
    boolean noDeadlock;

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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedModel loaded = LoadedModel.load(file, model, format, out, err);
        if (loaded == null) return Main.BAD_INPUT;
        if (format == OutputFormat.text) {
            err.print(DiagnosticPrinter.render(loaded.warnings()));
            var m = loaded.instance().model();
            out.printf("Exploring %s, model %s (invariants: %s; deadlock: %s)%n", loaded.spec().name(), m.name(),
                    m.invariants().isEmpty() ? "none" : String.join(", ", m.invariants()),
                    noDeadlock ? "not checked" : "checked");
            out.flush();
        }
        ExploreOptions options = ExploreOptions.defaults()
                .withDeadlock(!noDeadlock)
                .withMaxStates(maxStates)
                .withMaxTime(maxTime.isZero() ? null : maxTime);
        if (!progressEvery.isZero()) {
            options = options.withProgress(progressEvery, p -> {
                err.printf(Locale.ROOT, "  progress: %,d distinct, %,d generated, queue %,d, depth %d, %,.0f states/s%n",
                        p.distinct(), p.generated(), p.queued(), p.depth(), p.statesPerSecond());
                err.flush();
            });
        }
        ExploreResult result = new Explorer(loaded.instance()).run(options);
        if (format == OutputFormat.json) {
            out.println(Json.write(toJson(loaded, result)));
        } else {
            printText(loaded, result, out);
        }
        out.flush();
        return result.status().exitCode();
    }

    private static String verdict(ExploreResult r) {
        return switch (r.status()) {
            case HOLDS -> "holds";
            case INVARIANT_VIOLATED -> "invariant " + r.violated() + " is violated";
            case DEADLOCK -> "deadlock: a reachable state has no successor";
            case EVALUATION_ERROR -> "evaluation error";
            case LIMIT_REACHED -> "stopped at the limit; the figures are partial and no violation was found so far";
        };
    }

    private void printText(LoadedModel loaded, ExploreResult r, PrintWriter out) {
        out.println("Result: " + verdict(r));
        out.printf(Locale.ROOT, "  distinct states   %,d%n  generated states  %,d%n  depth             %d%n", r.distinct(),
                r.generated(), r.depth());
        out.printf(Locale.ROOT, "  time              %.2f s (%,.0f distinct states/s)%n", r.elapsed().toNanos() / 1e9,
                r.statesPerSecond());
        if (r.fault() != null) {
            out.print(DiagnosticPrinter.render(r.fault()));
        }
        if (!r.counterexample().isEmpty()) {
            String what = r.status() == ExploreResult.Status.EVALUATION_ERROR ? "Path to the failing state"
                    : "Counterexample";
            out.println();
            out.println(what + " (" + r.counterexample().size() + " states):");
            out.print(Trace.render(loaded.instance(), r.counterexample()));
        }
    }

    private Map<String, Object> toJson(LoadedModel loaded, ExploreResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spec", loaded.spec().name());
        json.put("model", loaded.instance().model().name());
        json.put("status", r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("violated", r.violated());
        json.put("distinct", r.distinct());
        json.put("generated", r.generated());
        json.put("depth", r.depth());
        json.put("seconds", r.elapsed().toNanos() / 1e9);
        json.put("statesPerSecond", Math.round(r.statesPerSecond()));
        json.put("fault", r.fault() == null ? null : Json.diagnostic(r.fault()));
        json.put("counterexample", r.counterexample().isEmpty() ? null
                : Trace.toItf(loaded.instance(), r.counterexample()));
        json.put("warnings", Json.diagnostics(loaded.warnings()));
        return json;
    }
}
