package dev.lockstep.cli;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.modelcheck.CheckResult;
import dev.lockstep.modelcheck.ModelChecker;
import dev.lockstep.modelcheck.TlaModule;
import dev.lockstep.modelcheck.TlaTranslator;
import dev.lockstep.modelcheck.TlcOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * Side by side on the same machine, in one run: the explorer (warmed up, median of its runs) against TLC on the
 * generated TLA+ (one worker, a fresh JVM per run, median of its runs), on the same models with deadlock checking
 * off and the model's invariants on. TLC's time is wall-clock and includes its fixed cost (JVM start, SANY,
 * translation); a tiny model in the list shows that cost, and the "net" rate subtracts it.
 */
@Command(name = "bench-tlc", description = "Benchmark the explorer against TLC on models of a spec (states/s, ratio).")
final class BenchTlcCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Option(names = "--models", split = ",", required = true, paramLabel = "NAME,...",
            description = "Models to benchmark, in order.")
    List<String> models;

    @Option(names = "--overhead-model", paramLabel = "FILE#NAME",
            description = "A tiny model (spec file#model) whose TLC time is taken as TLC's fixed overhead.")
    String overheadModel;

    @Option(names = "--warmup", defaultValue = "1", converter = OptionTypes.AtLeastZero.class,
            description = "Explorer warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "3", converter = OptionTypes.AtLeastOne.class,
            description = "Measured runs of each checker (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--heap", paramLabel = "SIZE", converter = OptionTypes.HeapSize.class,
            description = "TLC's maximum heap, e.g. 2g.")
    String heap;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        double overhead = 0;
        if (overheadModel != null) {
            String[] parts = overheadModel.split("#", 2);
            if (parts.length != 2) {
                err.println("lockstep bench-tlc: --overhead-model expects FILE#MODEL");
                return Main.BAD_INPUT;
            }
            LoadedModel tiny = LoadedModel.load(Path.of(parts[0]), parts[1], format, out, err);
            if (tiny == null) return Main.BAD_INPUT;
            long t0 = System.nanoTime();
            TlaModule module = translate(tiny, err);
            double translateMs = (System.nanoTime() - t0) / 1e6;
            if (module == null) return Main.INTERNAL_ERROR;
            double[] seconds = new double[runs];
            CheckResult last = null;
            for (int i = 0; i < runs; i++) {
                last = tlc(tiny, module);
                if (last.status() == CheckResult.Status.TOOL_ERROR || last.status() == CheckResult.Status.INTERNAL_ERROR) {
                    err.print(DiagnosticPrinter.render(last.diagnostics()));
                    return last.status().exitCode();
                }
                seconds[i] = last.elapsed().toNanos() / 1e9;
            }
            overhead = median(seconds);
            json.put("overhead", Map.of("model", overheadModel, "distinct", last.distinct(), "tlcMedianSeconds", overhead,
                    "translationMillis", translateMs));
            if (format == OutputFormat.text) {
                out.printf(Locale.ROOT, "TLC fixed overhead: %s (%d distinct states) takes %.2f s median of %d runs"
                        + " (JVM start, SANY, TLC start-up); translation to TLA+ %.1f ms%n", overheadModel,
                        last.distinct(), overhead, runs, translateMs);
            }
        }
        if (format == OutputFormat.text) {
            out.printf("Explorer vs TLC: %s, explorer %d warm-up + %d runs, TLC 1 worker x %d runs, JVM %s, %d cores%n",
                    file, warmup, runs, runs, Runtime.version(), Runtime.getRuntime().availableProcessors());
            out.printf("%-8s %10s %10s %12s %10s %12s %14s %8s %8s%n", "model", "distinct", "expl. s", "expl. dist/s",
                    "TLC s", "TLC dist/s", "TLC net dist/s", "ratio", "net r.");
            out.flush();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : models) {
            LoadedModel loaded = LoadedModel.load(file, name, format, out, err);
            if (loaded == null) return Main.BAD_INPUT;
            TlaModule module = translate(loaded, err);
            if (module == null) return Main.INTERNAL_ERROR;
            ExploreOptions options = ExploreOptions.defaults().withDeadlock(false);
            for (int i = 0; i < warmup; i++) new Explorer(loaded.instance()).run(options);
            double[] explorerSeconds = new double[runs];
            double[] tlcSeconds = new double[runs];
            ExploreResult explored = null;
            CheckResult checked = null;
            for (int i = 0; i < runs; i++) {
                System.gc();
                explored = new Explorer(loaded.instance()).run(options);
                explorerSeconds[i] = explored.elapsed().toNanos() / 1e9;
                checked = tlc(loaded, module);
                if (checked.status() == CheckResult.Status.TOOL_ERROR || checked.status() == CheckResult.Status.INTERNAL_ERROR) {
                    err.print(DiagnosticPrinter.render(checked.diagnostics()));
                    return checked.status().exitCode();
                }
                tlcSeconds[i] = checked.elapsed().toNanos() / 1e9;
            }
            double e = median(explorerSeconds);
            double t = median(tlcSeconds);
            // Net of the fixed overhead; meaningless (NaN, shown as "-") when the run is no longer than the overhead.
            double net = t > overhead ? t - overhead : Double.NaN;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("model", name);
            row.put("explorerDistinct", explored.distinct());
            row.put("tlcDistinct", checked.distinct());
            row.put("explorerGenerated", explored.generated());
            row.put("tlcGenerated", checked.generated());
            row.put("explorerMedianSeconds", e);
            row.put("tlcMedianSeconds", t);
            row.put("explorerDistinctPerSecond", Math.round(explored.distinct() / e));
            row.put("tlcDistinctPerSecond", Math.round(checked.distinct() / t));
            row.put("tlcNetDistinctPerSecond", Double.isNaN(net) ? null : Math.round(checked.distinct() / net));
            row.put("ratio", (explored.distinct() / e) / (checked.distinct() / t));
            row.put("netRatio", Double.isNaN(net) ? null : (explored.distinct() / e) / (checked.distinct() / net));
            rows.add(row);
            if (format == OutputFormat.text) {
                String netRate = Double.isNaN(net) ? "-" : String.format(Locale.ROOT, "%,.0f", checked.distinct() / net);
                String netRatio = Double.isNaN(net) ? "-"
                        : String.format(Locale.ROOT, "%.1fx", (explored.distinct() / e) / (checked.distinct() / net));
                out.printf(Locale.ROOT, "%-8s %,10d %10.3f %,12.0f %10.2f %,12.0f %14s %7.1fx %8s%n", name,
                        explored.distinct(), e, explored.distinct() / e, t, checked.distinct() / t, netRate,
                        (double) row.get("ratio"), netRatio);
                if (explored.distinct() != checked.distinct() || explored.generated() != checked.generated()) {
                    out.printf("  ! the checkers disagree: explorer %d distinct / %d generated, TLC %d / %d%n",
                            explored.distinct(), explored.generated(), checked.distinct(), checked.generated());
                }
                out.flush();
            }
        }
        json.put("results", rows);
        if (format == OutputFormat.json) out.println(Json.write(json));
        out.flush();
        return Main.HOLDS;
    }

    private TlaModule translate(LoadedModel loaded, PrintWriter err) {
        List<Diagnostic> problems = new ArrayList<>();
        TlaModule module = TlaTranslator.translate(loaded.spec(), problems);
        if (!problems.isEmpty()) {
            err.print(DiagnosticPrinter.render(problems));
            return null;
        }
        return module;
    }

    private CheckResult tlc(LoadedModel loaded, TlaModule module) {
        return ModelChecker.check(loaded.instance(), module,
                TlcOptions.defaults().withWorkers(1).withHeap(heap).withDeadlock(false));
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
