package dev.lockstep.cli;

import dev.lockstep.invariants.prove.BmcResult;
import dev.lockstep.invariants.prove.Cti;
import dev.lockstep.invariants.prove.ProveReport;
import dev.lockstep.invariants.prove.Prover;
import dev.lockstep.invariants.prove.QueryResult;
import dev.lockstep.invariants.prove.Verdict;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.Trace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "prove", description = "Prove invariants of a model with Z3: initiation, consecution per step "
        + "(an action of one node for one parameter binding), counterexamples to induction, and optionally "
        + "bounded model checking. Exit 0 when everything is proved, 1 when a counterexample was found, a "
        + "query is unknown, or BMC did not reach depth K within the timeout.")
final class ProveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Option(names = "--model", paramLabel = "NAME", description = "The model (optional if there is one).")
    String model;

    @Option(names = "--invariant", paramLabel = "NAME", arity = "1..*",
            description = "The invariants to prove, as one conjunction (default: those the model checks).")
    List<String> invariants = new ArrayList<>();

    @Option(names = "--bmc", paramLabel = "K", converter = OptionTypes.AtLeastZero.class,
            description = "Also run bounded model checking from the initial states up to K >= 0 steps.")
    Integer bmc;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "30", converter = OptionTypes.Time.class,
            description = "Timeout of each Z3 query, e.g. 30 (seconds), 500ms, 2m (default: ${DEFAULT-VALUE} s).")
    Duration timeout;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedModel loaded = LoadedModel.load(file, model, format, out, err);
        if (loaded == null) return Main.BAD_INPUT;
        var options = new Prover.Options(invariants, bmc == null ? -1 : bmc, timeout);
        Prover.Outcome outcome = Prover.prove(loaded.instance(), options);
        if (outcome instanceof Prover.Outcome.Rejected r) {
            if (format == OutputFormat.json) {
                out.println(Json.write(Map.of("status", "bad-input", "diagnostics", Json.diagnostics(r.diagnostics()))));
            } else {
                err.print(DiagnosticPrinter.render(r.diagnostics()));
            }
            out.flush();
            err.flush();
            return Main.BAD_INPUT;
        }
        ProveReport report = ((Prover.Outcome.Done) outcome).report();
        if (format == OutputFormat.json) out.println(Json.write(toJson(loaded, report)));
        else printText(loaded, report, out);
        out.flush();
        return report.allProved() ? Main.HOLDS : Main.VIOLATION;
    }

    private static String verdict(Verdict v) {
        return switch (v) {
            case PROVED -> "proved";
            case VIOLATED -> "violated";
            case CTI -> "counterexample to induction";
            case UNKNOWN -> "unknown";
        };
    }

    private void printText(LoadedModel loaded, ProveReport r, PrintWriter out) {
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

    private Map<String, Object> toJson(LoadedModel loaded, ProveReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spec", r.spec());
        json.put("model", r.model());
        json.put("invariants", r.invariants());
        json.put("status", r.allProved() ? "proved" : r.foundCounterexample() ? "counterexample" : "unknown");
        List<Map<String, Object>> queries = new ArrayList<>();
        for (QueryResult q : r.queries()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("check", q.kind().name().toLowerCase(Locale.ROOT));
            row.put("step", q.subject());
            row.put("verdict", q.verdict().name().toLowerCase(Locale.ROOT));
            row.put("reason", q.reason());
            row.put("seconds", q.seconds());
            if (q.cti() != null) row.put("cti", cti(loaded, q.cti()));
            if (q.counterexample() != null) row.put("initialState", Trace.stateToItf(loaded.instance(), q.counterexample()));
            queries.add(row);
        }
        json.put("queries", queries);
        if (r.bmc() != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("depth", r.bmc().depth());
            b.put("verdict", r.bmc().verdict().name().toLowerCase(Locale.ROOT));
            b.put("violated", r.bmc().violated());
            b.put("reason", r.bmc().reason());
            b.put("seconds", r.bmc().seconds());
            b.put("counterexample", r.bmc().trace() == null ? null : Trace.toItf(loaded.instance(), r.bmc().trace()));
            json.put("bmc", b);
        }
        json.put("seconds", r.seconds());
        return json;
    }

    private static Map<String, Object> cti(LoadedModel loaded, Cti c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("brokenConjunct", c.brokenConjunct());
        m.put("at", c.conjunctLocation());
        m.put("conjunct", c.conjunctText());
        m.put("step", c.label() == null ? null : Trace.labelToItf(c.label()));
        m.put("before", c.pre() == null ? null : Trace.stateToItf(loaded.instance(), c.pre()));
        m.put("after", c.post() == null ? null : Trace.stateToItf(loaded.instance(), c.post()));
        m.put("replayed", c.replayed());
        m.put("note", c.note());
        return m;
    }
}
