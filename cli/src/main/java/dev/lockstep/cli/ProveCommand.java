package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.diag.Result;
import dev.lockstep.invariants.prove.BmcResult;
import dev.lockstep.invariants.prove.Cti;
import dev.lockstep.invariants.prove.ProveReport;
import dev.lockstep.invariants.prove.Prover;
import dev.lockstep.invariants.prove.QueryResult;
import dev.lockstep.invariants.prove.Verdict;
import dev.lockstep.lang.explore.Trace;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "prove", description = "Prove invariants of a model with Z3: initiation, consecution per step "
        + "(an action of one node for one parameter binding), counterexamples to induction, and optionally "
        + "bounded model checking. Exit 0 when everything is proved, 1 when a counterexample was found, a "
        + "query is unknown, or BMC did not reach depth K within the timeout.")
final class ProveCommand extends ModelCommand {
    @Mixin
    ProverArgs prover;

    @Override
    public Integer call() {
        LoadedModel loaded = load();
        Result<ProveReport> outcome = Prover.prove(loaded.instance(), prover.options());
        if (!(outcome instanceof Result.Ok<ProveReport> done)) throw output.badInput(outcome.diagnostics());
        ProveReport report = done.value();
        output.emit(new Report(loaded, report));
        return report.allProved() ? ExitCodes.HOLDS : ExitCodes.VIOLATION;
    }

    /** The prover's report in spec terms. */
    private record Report(LoadedModel loaded, ProveReport r) implements Output.Report {
        private static String verdict(Verdict v) {
            return switch (v) {
                case PROVED -> "proved";
                case VIOLATED -> "violated";
                case CTI -> "counterexample to induction";
                case UNKNOWN -> "unknown";
            };
        }

        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.printf("Proving %s, model %s: %s%n", r.spec(), r.model(), String.join(" /\\ ", r.invariants()));
            int width = 10;
            for (QueryResult q : r.queries()) width = Math.max(width, q.subject().length());
            out.printf(Locale.ROOT, "  %-12s %-" + width + "s  %-28s %8s%n", "check", "step", "verdict", "time");
            for (QueryResult q : r.queries()) {
                out.printf(Locale.ROOT, "  %-12s %-" + width + "s  %-28s %7.3fs%n", q.kind().name().toLowerCase(Locale.ROOT),
                        q.subject(), verdict(q.verdict()), q.seconds());
            }
            for (QueryResult q : r.queries()) {
                if (q.verdict() == Verdict.PROVED) continue;
                out.println();
                out.println(q.subject() + ": " + verdict(q.verdict()) + (q.reason() == null ? "" : " (" + q.reason() + ")"));
                if (q.cti() != null) out.print(Prover.renderCti(loaded.instance(), q.cti()));
                if (q.counterexample() != null) {
                    out.print(Trace.render(loaded.instance(), List.of(new Trace.Step(null, q.counterexample()))));
                }
            }
            if (r.bmc() != null) {
                BmcResult b = r.bmc();
                out.println();
                switch (b.verdict()) {
                    case PROVED -> out.printf(Locale.ROOT, "Bounded model checking to depth %d: no violation (%.3fs)%n",
                            b.depth(), b.seconds());
                    case VIOLATED -> {
                        out.printf(Locale.ROOT, "Bounded model checking: invariant %s is violated (%.3fs)%n", b.violated(),
                                b.seconds());
                        out.println("Counterexample (" + b.trace().size() + " states):");
                        out.print(Trace.render(loaded.instance(), b.trace()));
                    }
                    default -> out.printf(Locale.ROOT, "Bounded model checking to depth %d: unknown (%s)%n", b.depth(),
                            b.reason());
                }
            }
            long proved = r.queries().stream().filter(q -> q.verdict() == Verdict.PROVED).count();
            out.printf(Locale.ROOT, "%nResult: %s (%d of %d queries proved, %.2f s)%n",
                    r.allProved() ? "proved" : r.foundCounterexample() ? "not proved: counterexample found"
                            : proved == r.queries().size() ? "not proved: bounded model checking did not finish"
                            : "not proved: some queries are unknown", proved, r.queries().size(), r.seconds());
        }

        @Override
        public JsonNode json() {
            ObjectNode json = Json.object();
            json.put("spec", r.spec());
            json.put("model", r.model());
            json.set("invariants", Json.tree(r.invariants()));
            json.put("status", r.allProved() ? "proved" : r.foundCounterexample() ? "counterexample" : "unknown");
            ArrayNode queries = json.putArray("queries");
            for (QueryResult q : r.queries()) {
                ObjectNode row = queries.addObject();
                row.put("check", q.kind().name().toLowerCase(Locale.ROOT));
                row.put("step", q.subject());
                row.put("verdict", q.verdict().name().toLowerCase(Locale.ROOT));
                row.put("reason", q.reason());
                row.put("seconds", q.seconds());
                if (q.cti() != null) row.set("cti", cti(q.cti()));
                if (q.counterexample() != null) {
                    row.set("initialState", Json.tree(Trace.stateToItf(loaded.instance(), q.counterexample())));
                }
            }
            if (r.bmc() != null) {
                BmcResult bmc = r.bmc();
                ObjectNode b = json.putObject("bmc");
                b.put("depth", bmc.depth());
                b.put("verdict", bmc.verdict().name().toLowerCase(Locale.ROOT));
                b.put("violated", bmc.violated());
                b.put("reason", bmc.reason());
                b.put("seconds", bmc.seconds());
                b.set("counterexample", bmc.trace() == null ? null : Json.tree(Trace.toItf(loaded.instance(), bmc.trace())));
            }
            json.put("seconds", r.seconds());
            return json;
        }

        private ObjectNode cti(Cti c) {
            ObjectNode m = Json.object();
            m.put("brokenConjunct", c.brokenConjunct());
            m.put("at", c.conjunctLocation());
            m.put("conjunct", c.conjunctText());
            m.set("step", c.label() == null ? null : Json.tree(Trace.labelToItf(c.label())));
            m.set("before", c.pre() == null ? null : Json.tree(Trace.stateToItf(loaded.instance(), c.pre())));
            m.set("after", c.post() == null ? null : Json.tree(Trace.stateToItf(loaded.instance(), c.post())));
            m.put("replayed", c.replayed());
            m.put("note", c.note());
            return m;
        }
    }
}
