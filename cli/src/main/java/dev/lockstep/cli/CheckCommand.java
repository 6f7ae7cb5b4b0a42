package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.modelcheck.CheckResult;
import dev.lockstep.modelcheck.Counterexamples;
import dev.lockstep.modelcheck.ModelChecker;
import dev.lockstep.modelcheck.TlaModule;
import dev.lockstep.modelcheck.TlaTranslator;
import dev.lockstep.modelcheck.TlcOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", description = "Model-check a model with TLC: translate the spec to TLA+, run TLC in a "
        + "separate JVM, and report the result and any counterexample in spec terms.")
final class CheckCommand extends ModelCommand {
    @Mixin
    TlcRun tlc;

    @Mixin
    DeadlockOption deadlock;

    @Mixin
    ItfFile itf;

    @Mixin
    HtmlOption html;

    @Override
    public Integer call() {
        // Output paths are checked before TLC runs, so that a counterexample it finds is never lost to a bad path.
        tlc.prepare(output);
        itf.prepare(output);
        html.prepare(output);
        LoadedModel loaded = load();
        TlaModule module = TlaTranslator.translate(loaded.spec());
        var m = loaded.instance().model();
        output.warnings(loaded.warnings());
        output.textLine(String.format("Checking %s, model %s with TLC (invariants: %s; properties: %s; deadlock: %s; "
                + "workers: %d)", loaded.spec().name(), m.name(),
                LoadedModel.namesOrNone(m.invariants()), LoadedModel.namesOrNone(m.properties()),
                deadlock.describe(), tlc.workers));
        TlcOptions options = tlc.options(output.err()).withDeadlock(deadlock.checked());
        CheckResult result = ModelChecker.check(loaded.instance(), module, options);
        // The counterexample is printed before the ITF file is written: a write that fails still loses nothing.
        output.emit(new Report(loaded, result, tlc.keepTla));
        itf.write(loaded, result, specArgs.file.path, output);
        if (html.requested()) html.write(HtmlReports.check(loaded, result), output);
        return ExitCodes.of(result.status());
    }

    /** TLC's result in spec terms; {@code keptTla} is where the TLA+ files were kept (or null). */
    private record Report(LoadedModel loaded, CheckResult r, Path keptTla) implements Output.Report {
        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.println("Result: " + Verdicts.of(r) + where());
            FiguresReport.text(out, r.figures());
            out.printf(Locale.ROOT, "  time              %.2f s (%,.0f distinct states/s, TLC's JVM start included)%n",
                    r.elapsed().toNanos() / 1e9, r.statesPerSecond());
            if (!r.diagnostics().isEmpty()) {
                out.flush();
                err.print(DiagnosticPrinter.render(r.diagnostics()));
            }
            if (!r.counterexample().isEmpty()) {
                out.println();
                String lasso = r.loopBack() >= 0 ? ", then a loop back to state " + (r.loopBack() + 1)
                        : r.stuttering() ? ", then stuttering for ever" : "";
                out.println("Counterexample (" + r.counterexample().size() + " states" + lasso + "):");
                out.print(Counterexamples.render(loaded.instance(), r));
            }
            if (keptTla != null) out.println("TLA+ module and .cfg kept in " + keptTla);
        }

        /** The violated invariant's or property's location in the spec, e.g. " (two-phase-commit.lstep:55:1)". */
        private String where() {
            String violated = r.violated();
            if (violated == null) return "";
            for (var inv : loaded.spec().invariants()) {
                if (inv.name().equals(violated)) return " (" + inv.span().location() + ")";
            }
            for (var p : loaded.spec().properties()) if (p.name().equals(violated)) return " (" + p.span().location() + ")";
            return "";
        }

        @Override
        public JsonNode json() {
            ObjectNode json = FiguresReport.json(loaded, "tlc", r.status().name(), r.violated(), r.figures());
            json.set("counterexample", r.counterexample().isEmpty() ? null
                    : Json.tree(Trace.toItf(loaded.instance(), r.counterexample())));
            if (r.loopBack() >= 0) json.put("loop", r.loopBack());
            else json.putNull("loop");
            json.put("stuttering", r.stuttering());
            json.set("diagnostics", Json.diagnostics(r.diagnostics()));
            json.set("warnings", Json.diagnostics(loaded.warnings()));
            return json;
        }
    }
}
