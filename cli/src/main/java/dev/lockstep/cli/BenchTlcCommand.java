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
import java.nio.file.Path;
import java.util.Locale;
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
final class BenchTlcCommand extends StateSpaceBenchmark {
    @Mixin
    TlcOverhead tlcOverhead;

    @Mixin
    TlcReference reference;

    @Option(names = "--tlc-only", description = "Do not run the explorer (with --reference: compare the two TLC runs only).")
    boolean tlcOnly;

    @Mixin
    TlcHeap heap;

    @Override
    public Integer call() {
        PrintWriter out = output.out();
        PrintWriter err = output.err();
        int warmup = repetitions.warmup;
        int runs = repetitions.runs;
        ObjectNode json = Json.object().put("file", target.file.toString());
        double overhead = tlcOverhead.measure(runs, this::tlc, json, output);
        if (output.text()) {
            out.printf("Explorer vs TLC: %s, explorer %s, TLC 1 worker x %d runs, JVM %s, %d cores%n", target.file,
                    tlcOnly ? "not run" : warmup + " warm-up + " + runs + " runs", runs, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            if (reference.given()) {
                out.printf("TLC on the generated module vs on the hand-written %s, interleaved run by run; CPU is the"
                        + " TLC JVM's user + system time%n", reference.module);
            }
            if (!tlcOnly) {
                out.printf("%-8s %10s %10s %12s %10s %12s %14s %8s %8s %11s %9s %8s%n", "model", "distinct", "expl. s",
                        "expl. dist/s", "TLC s", "TLC dist/s", "TLC net dist/s", "ratio", "net r.", "expl. CPU s",
                        "TLC CPU s", "CPU r.");
            }
            out.flush();
        }
        if (reference.refusal(target.models) != null) throw output.fail(reference.refusal(target.models));
        ArrayNode rows = json.putArray("results");
        for (String name : target.models) {
            LoadedModel loaded = target.file.load(name, output);
            Path[] ref = reference.given() ? reference.files(name, output) : null;
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

    private static Double nullIfNaN(double d) { return Double.isNaN(d) || Double.isInfinite(d) ? null : d; }

    /** TLC on one model; a run TLC cannot finish ends the benchmark with TLC's diagnostics and its exit code. */
    private CheckResult tlc(LoadedModel loaded, TlaModule module) {
        CheckResult r = ModelChecker.check(loaded.instance(), module, tlcOptions());
        if (r.status() == CheckResult.Status.TOOL_ERROR || r.status() == CheckResult.Status.INTERNAL_ERROR) {
            output.err().print(DiagnosticPrinter.render(r.diagnostics()));
            output.err().flush();
            throw new CommandFailed(ExitCodes.of(r.status()));
        }
        return r;
    }

    /** TLC as the benchmark runs it on both modules: one worker, no deadlock check. */
    private TlcOptions tlcOptions() {
        return TlcOptions.defaults().withWorkers(1).withHeap(heap.size).withDeadlock(false);
    }
}
