package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.refine.Refinement;
import dev.lockstep.lang.refine.RefinementMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep refines NEW OLD --model M [--map ...]}: the explorer-based refinement check (docs/transforms.md). */
@Command(name = "refines", description = "Check that every behaviour of NEW, projected onto OLD's role variables, is a "
        + "behaviour of OLD up to stuttering (OLD's network hidden; safety only).")
final class RefinesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NEW", description = "The refining spec (.lstep), e.g. a transform's output.")
    Path newer;

    @Parameters(index = "1", paramLabel = "OLD", description = "The refined spec (.lstep).")
    Path older;

    @Option(names = "--model", required = true, paramLabel = "M", description = "The model, by the same name in both.")
    String model;

    @Option(names = "--map", paramLabel = "PAIRS", description = "Old.var = New.var, comma-separated; an old role "
            + "variable not listed maps to the same-named variable of the same-named role.")
    String map;

    @Option(names = "--max-pairs", defaultValue = "5000000", paramLabel = "N",
            converter = OptionTypes.LongAtLeastOne.class,
            description = "Stop after N (new state, old states) pairs (default: ${DEFAULT-VALUE}).")
    long maxPairs;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        LoadedModel n = SpecFile.load(newer, model, output);
        LoadedModel o = SpecFile.load(older, model, output);
        Result<RefinementMap> m = RefinementMap.of(n.instance(), o.instance(), map);
        if (!(m instanceof Result.Ok<RefinementMap> ok)) throw output.badInput(m.diagnostics());
        output.textLine("Checking that " + n.spec().name() + " refines " + o.spec().name() + ", model " + model
                + " (" + String.join(", ", ok.value().pairs()) + ")");
        Refinement.Outcome r = Refinement.check(n.instance(), o.instance(), ok.value(), maxPairs);
        output.emit(new Report(n, r));
        return r.holds() ? ExitCodes.HOLDS : ExitCodes.VIOLATION;
    }

    private record Report(LoadedModel newer, Refinement.Outcome r) implements Output.Report {
        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.println("Result: " + verdict());
            out.printf("  new states        %,d%n  pairs             %,d%n  depth             %d%n", r.newStates(),
                    r.pairs(), r.depth());
            if (!r.holds()) {
                out.println();
                out.println("Counterexample (" + r.counterexample().size() + " states of the new spec; " + r.reason() + "):");
                out.print(Trace.render(newer.instance(), r.counterexample()));
            }
        }

        private String verdict() {
            if (!r.holds()) return "does not refine";
            return r.complete() ? "refines" : "refines so far (stopped at --max-pairs; incomplete)";
        }

        @Override
        public JsonNode json() {
            ObjectNode json = Json.object().put("status", r.holds() ? (r.complete() ? "refines" : "incomplete")
                    : "does-not-refine");
            json.put("newStates", r.newStates()).put("pairs", r.pairs()).put("depth", r.depth());
            json.put("reason", r.reason());
            json.set("counterexample", r.holds() ? null
                    : Json.tree(Trace.toItf(newer.instance(), r.counterexample())));
            return json;
        }
    }
}
