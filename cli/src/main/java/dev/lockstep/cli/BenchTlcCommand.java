package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Side by side on the same machine, in one run: the explorer (warmed up, median of its runs) against TLC on the
 * generated TLA+ (one worker, a fresh JVM per run, median of its runs), on the same models with deadlock checking
 * off and the model's invariants on. TLC's time is wall-clock and includes its fixed cost (JVM start, SANY,
 * translation); a tiny model in the list shows that cost, and the "net" rate subtracts it.
 */
@Command(name = "bench-tlc", description = "Benchmark the explorer against TLC on models of a spec (states/s, ratio).")
final class BenchTlcCommand implements Callable<Integer> {
    @Mixin
    BenchModels target;

    @Option(names = "--overhead-model", paramLabel = "FILE#NAME",
            description = "A tiny model (spec file#model) whose TLC time is taken as TLC's fixed overhead.")
    String overheadModel;

    @Mixin
    Repetitions repetitions;

    @Option(names = "--heap", paramLabel = "SIZE", converter = OptionTypes.HeapSize.class,
            description = "TLC's maximum heap, e.g. 2g.")
    String heap;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        PrintWriter out = output.out();
        PrintWriter err = output.err();
        int warmup = repetitions.warmup;
        int runs = repetitions.runs;
        ObjectNode json = Json.object().put("file", target.file.toString());
        double overhead = 0;
        if (overheadModel != null) {
            String[] parts = overheadModel.split("#", 2);
            if (parts.length != 2) throw output.fail("--overhead-model expects FILE#MODEL");
            LoadedModel.Attempt attempt = LoadedModel.load(Path.of(parts[0]), parts[1]);
            if (attempt.loaded().isEmpty()) throw output.badInput(attempt.problems());
            LoadedModel tiny = attempt.loaded().get();
            long t0 = System.nanoTime();
            TlaModule module = TlaTranslator.translate(tiny.spec());
            double translateMs = (System.nanoTime() - t0) / 1e6;
            double[] seconds = new double[runs];
            CheckResult last = null;
            for (int i = 0; i < runs; i++) {
                last = tlc(tiny, module);
                if (last.status() == CheckResult.Status.TOOL_ERROR || last.status() == CheckResult.Status.INTERNAL_ERROR) {
                    err.print(DiagnosticPrinter.render(last.diagnostics()));
                    return ExitCodes.of(last.status());
                }
                seconds[i] = last.elapsed().toNanos() / 1e9;
            }
            overhead = Repetitions.median(seconds);
            json.putObject("overhead").put("model", overheadModel).put("distinct", last.distinct())
                    .put("tlcMedianSeconds", overhead).put("translationMillis", translateMs);
            if (output.text()) {
                out.printf(Locale.ROOT, "TLC fixed overhead: %s (%d distinct states) takes %.2f s median of %d runs"
                        + " (JVM start, SANY, TLC start-up); translation to TLA+ %.1f ms%n", overheadModel,
                        last.distinct(), overhead, runs, translateMs);
            }
        }
        if (output.text()) {
            out.printf("Explorer vs TLC: %s, explorer %d warm-up + %d runs, TLC 1 worker x %d runs, JVM %s, %d cores%n",
                    target.file, warmup, runs, runs, Runtime.version(), Runtime.getRuntime().availableProcessors());
            out.printf("%-8s %10s %10s %12s %10s %12s %14s %8s %8s%n", "model", "distinct", "expl. s", "expl. dist/s",
                    "TLC s", "TLC dist/s", "TLC net dist/s", "ratio", "net r.");
            out.flush();
        }
        ArrayNode rows = json.putArray("results");
        for (String name : target.models) {
            LoadedModel loaded = target.file.load(name, output);
            TlaModule module = TlaTranslator.translate(loaded.spec());
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
                    return ExitCodes.of(checked.status());
                }
                tlcSeconds[i] = checked.elapsed().toNanos() / 1e9;
            }
            double e = Repetitions.median(explorerSeconds);
            double t = Repetitions.median(tlcSeconds);
            // Net of the fixed overhead; meaningless (NaN, shown as "-") when the run is no longer than the overhead.
            double net = t > overhead ? t - overhead : Double.NaN;
            ObjectNode row = rows.addObject();
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
            if (output.text()) {
                String netRate = Double.isNaN(net) ? "-" : String.format(Locale.ROOT, "%,.0f", checked.distinct() / net);
                String netRatio = Double.isNaN(net) ? "-"
                        : String.format(Locale.ROOT, "%.1fx", (explored.distinct() / e) / (checked.distinct() / net));
                out.printf(Locale.ROOT, "%-8s %,10d %10.3f %,12.0f %10.2f %,12.0f %14s %7.1fx %8s%n", name,
                        explored.distinct(), e, explored.distinct() / e, t, checked.distinct() / t, netRate,
                        row.get("ratio").asDouble(), netRatio);
                if (explored.distinct() != checked.distinct() || explored.generated() != checked.generated()) {
                    out.printf("  ! the checkers disagree: explorer %d distinct / %d generated, TLC %d / %d%n",
                            explored.distinct(), explored.generated(), checked.distinct(), checked.generated());
                }
                out.flush();
            }
        }
        if (output.json()) out.println(Json.write(json));
        out.flush();
        return ExitCodes.HOLDS;
    }

    private CheckResult tlc(LoadedModel loaded, TlaModule module) {
        return ModelChecker.check(loaded.instance(), module,
                TlcOptions.defaults().withWorkers(1).withHeap(heap).withDeadlock(false));
    }
}
