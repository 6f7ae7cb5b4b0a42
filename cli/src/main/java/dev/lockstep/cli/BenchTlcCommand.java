package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.modelcheck.CheckResult;
import dev.lockstep.modelcheck.ModelChecker;
import dev.lockstep.modelcheck.ReferenceTlc;
import dev.lockstep.modelcheck.TlaModule;
import dev.lockstep.modelcheck.TlaTranslator;
import dev.lockstep.modelcheck.TlcOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
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
 * translation); a tiny model in the list shows that cost, and the "net" rate subtracts it. With {@code --reference},
 * TLC also runs on a hand-written TLA+ module of the same protocol in the same rounds, and the generated module's
 * TLC time (wall-clock and CPU) is compared with it.
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

    @Option(names = "--reference", paramLabel = "FILE.tla[#CFG]",
            description = "A hand-written TLA+ module of the same protocol: TLC runs on it too, and its time is compared"
                    + " with TLC's on the generated module. CFG (next to the module unless a path) is its .cfg; without"
                    + " it each model NAME uses MODULE_NAME.cfg next to the module.")
    String reference;

    @Option(names = "--tlc-only", description = "Do not run the explorer (with --reference: compare the two TLC runs only).")
    boolean tlcOnly;

    @Mixin
    TlcHeap heap;

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
            out.printf("Explorer vs TLC: %s, explorer %s, TLC 1 worker x %d runs, JVM %s, %d cores%n", target.file,
                    tlcOnly ? "not run" : warmup + " warm-up + " + runs + " runs", runs, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            if (reference != null) {
                out.printf("TLC on the generated module vs on the hand-written %s, interleaved run by run; CPU is the"
                        + " TLC JVM's user + system time%n", reference);
            }
            if (!tlcOnly) {
                out.printf("%-8s %10s %10s %12s %10s %12s %14s %8s %8s %11s %9s %8s%n", "model", "distinct", "expl. s",
                        "expl. dist/s", "TLC s", "TLC dist/s", "TLC net dist/s", "ratio", "net r.", "expl. CPU s",
                        "TLC CPU s", "CPU r.");
            }
            out.flush();
        }
        if (reference != null && reference.contains("#") && target.models.size() > 1) {
            throw output.fail("--reference " + reference + " names one .cfg, but " + target.models.size()
                    + " models are benchmarked; leave out #CFG to use MODULE_MODEL.cfg per model");
        }
        ArrayNode rows = json.putArray("results");
        for (String name : target.models) {
            LoadedModel loaded = target.file.load(name, output);
            Path[] ref = reference == null ? null : referenceFiles(name);
            TlaModule module = TlaTranslator.translate(loaded.spec());
            ExploreOptions options = ExploreOptions.defaults().withDeadlock(false);
            if (!tlcOnly) for (int i = 0; i < warmup; i++) new Explorer(loaded.instance()).run(options);
            double[] explorerSeconds = new double[runs];
            double[] explorerCpu = new double[runs];
            double[] tlcSeconds = new double[runs];
            double[] tlcCpu = new double[runs];
            double[] refSeconds = new double[runs];
            double[] refCpu = new double[runs];
            ExploreResult explored = null;
            CheckResult checked = null;
            ReferenceTlc.Result handWritten = null;
            // Interleaved, so that load from other processes hits every side alike.
            for (int i = 0; i < runs; i++) {
                if (!tlcOnly) {
                    System.gc();
                    double ownCpu0 = ProcessCpu.seconds();
                    explored = new Explorer(loaded.instance()).run(options);
                    explorerCpu[i] = ProcessCpu.seconds() - ownCpu0;
                    explorerSeconds[i] = explored.elapsed().toNanos() / 1e9;
                }
                double cpu0 = ChildCpu.seconds();
                checked = tlc(loaded, module);
                tlcCpu[i] = ChildCpu.seconds() - cpu0;
                if (checked.status() == CheckResult.Status.TOOL_ERROR || checked.status() == CheckResult.Status.INTERNAL_ERROR) {
                    err.print(DiagnosticPrinter.render(checked.diagnostics()));
                    return ExitCodes.of(checked.status());
                }
                tlcSeconds[i] = checked.elapsed().toNanos() / 1e9;
                if (ref != null) {
                    cpu0 = ChildCpu.seconds();
                    try {
                        handWritten = ReferenceTlc.run(ref[0], ref[1], tlcOptions());
                    } catch (IOException e) {
                        throw output.fail("cannot run TLC on " + ref[0] + ": " + e.getMessage());
                    }
                    refCpu[i] = ChildCpu.seconds() - cpu0;
                    if (!handWritten.finished()) {
                        handWritten.problems().stream().limit(20).forEach(m -> err.println("  " + m));
                        throw output.fail("TLC did not check the reference " + ref[0] + " with " + ref[1]
                                + " to the end" + (handWritten.problems().isEmpty() ? "" : " (TLC's messages above)"));
                    }
                    refSeconds[i] = handWritten.elapsed().toNanos() / 1e9;
                }
            }
            double t = Repetitions.median(tlcSeconds);
            double e = tlcOnly ? Double.NaN : Repetitions.median(explorerSeconds);
            ObjectNode row = rows.addObject();
            // Explorer and TLC figures side by side, in the order of the pinned JSON shape; the explorer's are left
            // out with --tlc-only.
            row.put("model", name);
            if (!tlcOnly) row.put("explorerDistinct", explored.distinct());
            row.put("tlcDistinct", checked.distinct());
            if (!tlcOnly) row.put("explorerGenerated", explored.generated());
            row.put("tlcGenerated", checked.generated());
            if (!tlcOnly) row.put("explorerMedianSeconds", e);
            row.put("tlcMedianSeconds", t);
            if (!tlcOnly) row.put("explorerDistinctPerSecond", Math.round(explored.distinct() / e));
            row.put("tlcDistinctPerSecond", Math.round(checked.distinct() / t));
            double eCpu = tlcOnly ? Double.NaN : Repetitions.median(explorerCpu);
            double tCpu = Repetitions.median(tlcCpu);
            if (!tlcOnly) explorerColumns(row, explored, e, eCpu, checked, t, tCpu, overhead, out);
            row.put("tlcCpuMedianSeconds", nullIfNaN(tCpu));
            if (ref != null) {
                referenceColumns(row, ref, handWritten, checked, t, tCpu, Repetitions.median(refSeconds),
                        Repetitions.median(refCpu), out);
                if (!tlcOnly) {
                    explorerVsReference(row, ref[0], e, eCpu, Repetitions.median(refSeconds), Repetitions.median(refCpu),
                            out);
                }
            }
            if (tlcOnly && ref == null && output.text()) {
                out.printf(Locale.ROOT, "%-8s %,10d distinct, %,d generated: TLC %.2f s (CPU %.2f s)%n", name,
                        checked.distinct(), checked.generated(), t, Repetitions.median(tlcCpu));
            }
            out.flush();
        }
        if (output.json()) out.println(Json.write(json));
        out.flush();
        return ExitCodes.HOLDS;
    }

    /**
     * The explorer-vs-TLC ratios of a row, and its line of the text table. CPU times are the explorer's JVM's (all
     * its threads, the collector's included) and TLC's JVM's, each over its runs only.
     */
    private void explorerColumns(ObjectNode row, ExploreResult explored, double e, double eCpu, CheckResult checked,
                                 double t, double tCpu, double overhead, PrintWriter out) {
        // Net of the fixed overhead; meaningless (NaN, shown as "-") when the run is no longer than the overhead.
        double net = t > overhead ? t - overhead : Double.NaN;
        row.put("tlcNetDistinctPerSecond", Double.isNaN(net) ? null : Math.round(checked.distinct() / net));
        row.put("ratio", (explored.distinct() / e) / (checked.distinct() / t));
        row.put("netRatio", Double.isNaN(net) ? null : (explored.distinct() / e) / (checked.distinct() / net));
        // No CPU ratio in JSON: the process clock ticks in 10 ms on Linux, so a tiny model's explorer CPU time is
        // often 0 and the ratio undefined; explorerCpuMedianSeconds and tlcCpuMedianSeconds give it where it is.
        row.put("explorerCpuMedianSeconds", nullIfNaN(eCpu));
        if (!output.text()) return;
        String netRate = Double.isNaN(net) ? "-" : String.format(Locale.ROOT, "%,.0f", checked.distinct() / net);
        String netRatio = Double.isNaN(net) ? "-"
                : String.format(Locale.ROOT, "%.1fx", (explored.distinct() / e) / (checked.distinct() / net));
        out.printf(Locale.ROOT, "%-8s %,10d %10.3f %,12.0f %10.2f %,12.0f %14s %7.1fx %8s %11s %9s %8s%n",
                row.get("model").asText(), explored.distinct(), e, explored.distinct() / e, t, checked.distinct() / t,
                netRate, row.get("ratio").asDouble(), netRatio, orDash("%.2f", eCpu), orDash("%.2f", tCpu),
                orDash("%.1fx", tCpu / eCpu));
        if (explored.distinct() != checked.distinct() || explored.generated() != checked.generated()) {
            out.printf("  ! the checkers disagree: explorer %d distinct / %d generated, TLC %d / %d%n",
                    explored.distinct(), explored.generated(), checked.distinct(), checked.generated());
        }
    }

    /** The hand-written module's columns of a row, and its line of the text table. */
    private void referenceColumns(ObjectNode row, Path[] ref, ReferenceTlc.Result hand, CheckResult checked,
                                  double t, double cpu, double refT, double refCpu, PrintWriter out) {
        row.put("referenceModule", ref[0].toString());
        row.put("referenceCfg", ref[1].toString());
        row.put("referenceDistinct", hand.distinct());
        row.put("referenceGenerated", hand.generated());
        row.put("referenceMedianSeconds", refT);
        row.put("referenceCpuMedianSeconds", nullIfNaN(refCpu));
        row.put("generatedVsReference", t / refT);
        row.put("generatedVsReferenceCpu", nullIfNaN(cpu / refCpu));
        if (!output.text()) return;
        out.printf(Locale.ROOT, "%-8s TLC on generated %.2f s (CPU %.2f s), on %s %.2f s (CPU %.2f s): %.2fx wall, %.2fx CPU"
                        + " (%,d distinct, %,d generated)%n", row.get("model").asText(), t, cpu, ref[0].getFileName(), refT, refCpu,
                t / refT, cpu / refCpu, checked.distinct(), checked.generated());
        if (hand.distinct() != checked.distinct() || hand.generated() != checked.generated()) {
            out.printf("  ! not the same model: the hand-written module has %d distinct / %d generated states, the"
                    + " generated one %d / %d%n", hand.distinct(), hand.generated(), checked.distinct(), checked.generated());
        }
    }

    /** The explorer against TLC on the hand-written module: wall-clock and CPU speed-ups, and their text line. */
    private void explorerVsReference(ObjectNode row, Path module, double e, double eCpu, double refT, double refCpu,
                                     PrintWriter out) {
        row.put("explorerVsReference", refT / e);
        row.put("explorerVsReferenceCpu", nullIfNaN(refCpu / eCpu));
        if (!output.text()) return;
        out.printf(Locale.ROOT, "%-8s explorer %.3f s (CPU %s s) vs TLC on %s %.2f s (CPU %s s): %.1fx wall, %s CPU%n",
                row.get("model").asText(), e, orDash("%.2f", eCpu), module.getFileName(), refT,
                orDash("%.2f", refCpu), refT / e, orDash("%.1fx", refCpu / eCpu));
    }

    /** {@code x} formatted, or "-" when it is not a number (no CPU figure on this platform). */
    private static String orDash(String format, double x) {
        return Double.isNaN(x) || Double.isInfinite(x) ? "-" : String.format(Locale.ROOT, format, x);
    }

    /**
     * The reference module and its .cfg for model {@code name}: {@code FILE.tla#CFG} (CFG relative to the module's
     * folder unless it exists as given), or {@code FILE_name.cfg} next to the module; refused (exit 2) if
     * either file is missing.
     */
    private Path[] referenceFiles(String name) {
        String[] parts = reference.split("#", 2);
        Path module = Path.of(parts[0]);
        if (!Files.isRegularFile(module) || !module.getFileName().toString().endsWith(".tla")) {
            throw output.fail("--reference " + parts[0] + " is not a .tla file");
        }
        Path dir = module.toAbsolutePath().getParent();
        String base = module.getFileName().toString().replaceFirst("\\.tla$", "");
        Path cfg;
        if (parts.length == 2) {
            cfg = Files.exists(Path.of(parts[1])) ? Path.of(parts[1]) : dir.resolve(parts[1]);
        } else {
            cfg = dir.resolve(base + "_" + name + ".cfg");
        }
        if (!Files.isRegularFile(cfg)) {
            throw output.fail("no TLC configuration " + cfg + " for model " + name + " of the reference "
                    + module + (parts.length == 2 ? "" : " (name one with --reference " + parts[0] + "#FILE.cfg)"));
        }
        return new Path[] {module, cfg};
    }

    private static Double nullIfNaN(double d) { return Double.isNaN(d) || Double.isInfinite(d) ? null : d; }

    private CheckResult tlc(LoadedModel loaded, TlaModule module) {
        return ModelChecker.check(loaded.instance(), module, tlcOptions());
    }

    /** TLC as the benchmark runs it on both modules: one worker, no deadlock check. */
    private TlcOptions tlcOptions() {
        return TlcOptions.defaults().withWorkers(1).withHeap(heap.size).withDeadlock(false);
    }
}
