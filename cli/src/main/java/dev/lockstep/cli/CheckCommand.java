package dev.lockstep.cli;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.modelcheck.CheckResult;
import dev.lockstep.modelcheck.Counterexamples;
import dev.lockstep.modelcheck.ModelChecker;
import dev.lockstep.modelcheck.TlaModule;
import dev.lockstep.modelcheck.TlaTranslator;
import dev.lockstep.modelcheck.TlcOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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

@Command(name = "check", description = "Model-check a model with TLC: translate the spec to TLA+, run TLC in a "
        + "separate JVM, and report the result and any counterexample in spec terms.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Option(names = "--model", paramLabel = "NAME", description = "The model to check (optional if there is one).")
    String model;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1", converter = OptionTypes.AtLeastOne.class,
            description = "TLC worker threads (default: ${DEFAULT-VALUE}; with 1 the counterexamples are shortest).")
    int workers;

    @Option(names = "--heap", paramLabel = "SIZE", converter = OptionTypes.HeapSize.class,
            description = "TLC's maximum heap, e.g. 2g (default: the JVM's).")
    String heap;

    @Option(names = "--timeout", paramLabel = "TIME", converter = OptionTypes.Time.class,
            description = "Stop TLC after TIME, e.g. 90 (seconds), 90s, 10m, 1h (default: no limit).")
    Duration timeout;

    @Option(names = "--no-deadlock", description = "Do not report states without successors.")
    boolean noDeadlock;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--itf", paramLabel = "FILE",
            description = "Also write the counterexample as ITF JSON to FILE (its folder is created if missing).")
    Path itf;

    @Option(names = "--keep-tla", paramLabel = "DIR",
            description = "Write the TLA+ module and the model's .cfg to DIR (created if missing) and keep them.")
    Path keepTla;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Output paths are checked before TLC runs, so that a counterexample it finds is never lost to a bad path.
        String pathProblem = keepTla == null ? null : IoErrors.prepareDirectory("--keep-tla", keepTla);
        if (pathProblem == null && itf != null) pathProblem = IoErrors.prepareFile("--itf", itf);
        if (pathProblem != null) {
            err.println("lockstep check: " + pathProblem);
            err.flush();
            return Main.BAD_INPUT;
        }
        LoadedModel loaded = LoadedModel.load(file, model, format, out, err);
        if (loaded == null) return Main.BAD_INPUT;
        List<Diagnostic> problems = new ArrayList<>();
        TlaModule module = TlaTranslator.translate(loaded.spec(), problems);
        var m = loaded.instance().model();
        if (format == OutputFormat.text) {
            err.print(DiagnosticPrinter.render(loaded.warnings()));
            out.printf("Checking %s, model %s with TLC (invariants: %s; properties: %s; deadlock: %s; workers: %d)%n",
                    loaded.spec().name(), m.name(), m.invariants().isEmpty() ? "none" : String.join(", ", m.invariants()),
                    m.properties().isEmpty() ? "none" : String.join(", ", m.properties()),
                    noDeadlock ? "not checked" : "checked", workers);
            out.flush();
        }
        TlcOptions options = TlcOptions.defaults().withWorkers(workers).withHeap(heap).withTimeout(timeout)
                .withDeadlock(!noDeadlock).withKeepTla(keepTla).withProgress(p -> {
                    double minutes = Math.max(p.elapsed().toMillis(), 1) / 60_000.0;
                    err.printf(Locale.ROOT, "  progress: %,d distinct, %,d generated (%,.0f states/min), queue %,d, "
                            + "depth %d, %.0f s%n", p.distinct(), p.generated(), p.generated() / minutes, p.queue(),
                            p.depth(), p.elapsed().toMillis() / 1000.0);
                    err.flush();
                });
        CheckResult result = ModelChecker.check(loaded.instance(), module, options);
        // The counterexample is printed before the ITF file is written: a write that fails still loses nothing.
        if (format == OutputFormat.json) {
            out.println(Json.write(toJson(loaded, result)));
        } else {
            printText(loaded, result, out, err);
        }
        out.flush();
        if (itf != null && !result.counterexample().isEmpty()) {
            try {
                Files.writeString(itf, Json.write(Counterexamples.itf(loaded.instance(), result, file)) + "\n");
                if (format == OutputFormat.text) out.println("\nITF trace written to " + itf);
            } catch (IOException e) {
                err.println("lockstep check: --itf: " + IoErrors.describe(e));
                err.flush();
                return Main.BAD_INPUT;
            }
        }
        out.flush();
        err.flush();
        return result.status().exitCode();
    }

    private static String verdict(CheckResult r) {
        return switch (r.status()) {
            case HOLDS -> "holds";
            case INVARIANT_VIOLATED -> "invariant " + r.violated() + " is violated";
            case DEADLOCK -> "deadlock: a reachable state has no successor";
            case PROPERTY_VIOLATED -> "property " + r.violated() + " is violated";
            case TOOL_ERROR -> "TLC could not check the model";
            case INTERNAL_ERROR -> "internal error (a Lockstep bug)";
        };
    }

    private void printText(LoadedModel loaded, CheckResult r, PrintWriter out, PrintWriter err) {
        out.println("Result: " + verdict(r) + where(loaded, r.violated()));
        out.printf(Locale.ROOT, "  distinct states   %,d%n  generated states  %,d%n  depth             %d%n", r.distinct(),
                r.generated(), r.depth());
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
        if (keepTla != null) out.println("TLA+ module and .cfg kept in " + keepTla);
    }

    /** The violated invariant's or property's location in the spec, e.g. " (two-phase-commit.lstep:55:1)". */
    private static String where(LoadedModel loaded, String violated) {
        if (violated == null) return "";
        for (var inv : loaded.spec().invariants()) if (inv.name().equals(violated)) return " (" + inv.span().location() + ")";
        for (var p : loaded.spec().properties()) if (p.name().equals(violated)) return " (" + p.span().location() + ")";
        return "";
    }

    private Map<String, Object> toJson(LoadedModel loaded, CheckResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("spec", loaded.spec().name());
        json.put("model", loaded.instance().model().name());
        json.put("checker", "tlc");
        json.put("status", r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        json.put("violated", r.violated());
        json.put("distinct", r.distinct());
        json.put("generated", r.generated());
        json.put("depth", r.depth());
        json.put("seconds", r.elapsed().toNanos() / 1e9);
        json.put("statesPerSecond", Math.round(r.statesPerSecond()));
        json.put("counterexample", r.counterexample().isEmpty() ? null : Trace.toItf(loaded.instance(), r.counterexample()));
        json.put("loop", r.loopBack() >= 0 ? r.loopBack() : null);
        json.put("stuttering", r.stuttering());
        json.put("diagnostics", Json.diagnostics(r.diagnostics()));
        json.put("warnings", Json.diagnostics(loaded.warnings()));
        return json;
    }
}
