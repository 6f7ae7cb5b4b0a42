package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.RandomWalks;
import dev.lockstep.lang.explore.Trace;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The result of {@code explore --random-walks} in spec terms: the verdict, the figures, and for a violation the
 * walk's seed, its trace (printed as explore prints a counterexample) and the command that replays it alone.
 */
record RandomWalksReport(LoadedModel loaded, long walksAsked, int depth, long seed, RandomWalks.Result r,
                         String replay) implements Output.Report {

    private String verdict() {
        String where = r.failedInWalk()
                ? String.format(Locale.ROOT, " in walk %d (seed %d)", r.walkIndex(), r.walkSeed())
                : r.trace().isEmpty() && r.fault() == null ? "" : " in an initial state, before any walk";
        return switch (r.status()) {
            case HOLDS -> String.format(Locale.ROOT, "no violation found in %,d random walks (not exhaustive: states"
                    + " no walk reached were not checked)", r.figures().walks());
            case INVARIANT_VIOLATED -> Verdicts.violated("invariant", r.violated()) + where;
            case PROPERTY_VIOLATED -> Verdicts.stepViolated(r.violated()) + where;
            case DEADLOCK -> Verdicts.DEADLOCK + where;
            case EVALUATION_ERROR -> "evaluation error" + where;
            case LIMIT_REACHED -> String.format(Locale.ROOT, "stopped at the time limit after %,d walks; no violation"
                    + " found so far", r.figures().walks());
        };
    }

    /** As the JSON document's "status": "no-violation-found" rather than "holds", which would claim a proof. */
    private String status() {
        return r.status() == ExploreResult.Status.HOLDS ? "NO_VIOLATION_FOUND" : r.status().name();
    }

    @Override
    public void text(PrintWriter out, PrintWriter err) {
        RandomWalks.Figures f = r.figures();
        out.println("Result: " + verdict());
        out.printf(Locale.ROOT, "  walks             %,d of %,d%n  steps             %,d%n  generated states  %,d"
                + " (each checked against the invariants)%n  longest walk      %,d steps%n", f.walks(), walksAsked,
                f.steps(), f.generated(), f.longestWalk());
        if (f.deadEnds() > 0 || f.leftConstraint() > 0) {
            out.printf(Locale.ROOT, "  stopped early     %,d at a state without successors, %,d outside the"
                    + " constraint%n", f.deadEnds(), f.leftConstraint());
        }
        out.printf(Locale.ROOT, "  time              %.2f s (%,.0f generated states/s)%n", f.elapsed().toNanos() / 1e9,
                f.generatedPerSecond());
        ExploreTrace.text(out, loaded, r.status(), r.fault(), r.trace());
        if (replay != null) {
            out.println();
            out.println("Replay this walk alone: " + replay);
        }
    }

    @Override
    public JsonNode json() {
        RandomWalks.Figures f = r.figures();
        ObjectNode json = Json.object();
        json.put("spec", loaded.spec().name());
        json.put("model", loaded.instance().model().name());
        json.put("mode", "random-walks");
        json.put("status", status().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("violated", r.violated());
        json.put("walksRequested", walksAsked);
        json.put("depth", depth);
        json.put("seed", seed);
        json.put("walks", f.walks());
        json.put("steps", f.steps());
        json.put("generated", f.generated());
        json.put("longestWalk", f.longestWalk());
        json.put("deadEnds", f.deadEnds());
        json.put("leftConstraint", f.leftConstraint());
        json.put("seconds", f.elapsed().toNanos() / 1e9);
        json.put("generatedPerSecond", Math.round(f.generatedPerSecond()));
        json.set("walk", r.failedInWalk() ? Json.object().put("index", r.walkIndex()).put("seed", r.walkSeed()) : null);
        json.put("replay", replay);
        json.set("fault", r.fault() == null ? null : Json.diagnostic(r.fault()));
        json.set("counterexample", r.trace().isEmpty() ? null : Json.tree(Trace.toItf(loaded.instance(), r.trace())));
        json.set("warnings", Json.diagnostics(loaded.warnings()));
        return json;
    }
}
