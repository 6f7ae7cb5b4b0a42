package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.explore.ActionCoverage;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.explore.store.CheckpointFile;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "explore", description = "Explore every reachable state of a model breadth-first, checking its "
        + "invariants and deadlock; print the shortest counterexample on a violation. With --random-walks, run seeded "
        + "random walks instead.")
final class ExploreCommand extends ModelCommand {
    @Mixin
    DeadlockOption deadlock;

    @Mixin
    RandomWalkOptions randomWalks;

    @Mixin
    SearchOptions search;

    @Mixin
    SearchLimits limits;

    @Mixin
    CheckpointOptions checkpoints;

    @Mixin
    HtmlOption html;

    @Mixin
    ClusterOptions cluster;

    @Override
    public Integer call() {
        if (cluster.requested() && randomWalks.walks != null) {
            throw output.refuse("--random-walks runs on this machine only; leave out --cluster");
        }
        if (randomWalks.requested(output)) {
            if (html.requested()) throw output.fail("--html reports an exhaustive search, not --random-walks");
            return randomWalks.run(specArgs, output, deadlock, limits.maxTime, limits.progressEvery);
        }
        html.prepare(output);
        LoadedModel loaded = load();
        output.warnings(loaded.warnings());
        var m = loaded.instance().model();
        List<String> steps = loaded.spec().transitionProperties().stream().map(CheckedSpec.Property::name)
                .filter(m.properties()::contains).toList();
        output.textLine(String.format("Exploring %s, model %s (invariants: %s;%s deadlock: %s)", loaded.spec().name(),
                m.name(), m.invariants().isEmpty() ? "none" : String.join(", ", m.invariants()),
                steps.isEmpty() ? "" : " transition properties: " + String.join(", ", steps) + ";",
                deadlock.describe()));
        ExploreOptions options = limits.applyTo(ExploreOptions.defaults().withDeadlock(deadlock.checked()),
                output.err());
        options = checkpoints.applyTo(search.applyTo(options, output), output);
        ExploreResult result;
        // The cluster does not count successors per action: its page says coverage was not counted.
        ActionCoverage coverage = html.requested() && !cluster.requested() ? new ActionCoverage() : null;
        if (cluster.requested()) {
            result = cluster.run(loaded, specArgs.file.path, m.name(), options, output, search.exact ? "--exact" : null,
                    search.memory > 0 ? "--memory" : null, options.checkpointing() != null ? "--checkpoint/--resume"
                            : null);
        } else {
            try {
                result = new Explorer(loaded.instance()).countingActions(coverage).run(options);
            } catch (CheckpointFile.Invalid e) {
                throw output.badInput(List.of(Diagnostic.error(Code.CHECKPOINT_INVALID, m.span(), e.getMessage())));
            }
        }
        output.emit(new Report(loaded, result, search.exact));
        if (html.requested()) html.write(HtmlReports.explore(loaded, result, coverage), output);
        return ExitCodes.of(result.status());
    }

    /** The explorer's result in spec terms. */
    private record Report(LoadedModel loaded, ExploreResult r, boolean exact) implements Output.Report {
        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.println("Result: " + Verdicts.of(r));
            FiguresReport.text(out, r.figures());
            out.printf(Locale.ROOT, "  time              %.2f s (%,.0f distinct states/s)%n", r.elapsed().toNanos() / 1e9,
                    r.statesPerSecond());
            if (exact) out.println("  store             exact (whole states)");
            else out.printf(Locale.ROOT, "  fingerprints      64-bit, collision probability %.1e (optimistic, n(g-n)/2^64)%n",
                    r.collisionProbability());
            List<String> symmetric = symmetric();
            if (!symmetric.isEmpty()) {
                out.println("  symmetry          " + String.join(", ", symmetric) + " (distinct counts one state per orbit)");
            }
            if (r.spilledStates() > 0) {
                out.printf(Locale.ROOT, "  queue             %,d states spilled to disk (levels past the memory share)%n",
                        r.spilledStates());
            }
            ExploreTrace.text(out, loaded, r.status(), r.fault(), r.counterexample());
        }

        /** The model's symmetric constants: its states are counted up to permutations of their nodes. */
        private List<String> symmetric() {
            return loaded.instance().model().symmetric().stream().map(CheckedSpec.Symmetric::constant).toList();
        }

        @Override
        public JsonNode json() {
            ObjectNode json = FiguresReport.json(loaded, null, r.status().name(), r.violated(), r.figures());
            json.put("store", exact ? "exact" : "fingerprint");
            json.put("collisionProbability", r.collisionProbability());
            json.put("spilledStates", r.spilledStates());
            ArrayNode symmetric = json.putArray("symmetric");
            symmetric().forEach(symmetric::add);
            json.set("fault", r.fault() == null ? null : Json.diagnostic(r.fault()));
            json.set("counterexample", r.counterexample().isEmpty() ? null
                    : Json.tree(Trace.toItf(loaded.instance(), r.counterexample())));
            json.set("warnings", Json.diagnostics(loaded.warnings()));
            return json;
        }
    }
}
