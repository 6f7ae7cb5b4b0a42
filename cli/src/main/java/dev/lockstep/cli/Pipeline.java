package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.ActionCoverage;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.SearchFigures;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.modelcheck.CheckResult;
import dev.lockstep.modelcheck.Counterexamples;
import dev.lockstep.modelcheck.ModelChecker;
import dev.lockstep.modelcheck.TlaModule;
import dev.lockstep.modelcheck.TlaTranslator;
import dev.lockstep.modelcheck.TlcOptions;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.netty.ClusterConfigException;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The whole path for one model of one spec, stage by stage, through the stages' own APIs: lint, model checking
 * with TLC, exploration with the evaluator, Z3 proofs, Java generation (compiled in process), a run of real nodes
 * over Netty on localhost with traces, and the conformance check of those traces. The first failing stage stops
 * the pipeline; the later ones are reported as skipped.
 */
final class Pipeline {
    enum Stage {
        LINT, CHECK, EXPLORE, PROVE, GEN, RUN, CONFORM;

        String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /** WARNED: the stage found something worth reading but nothing that stops the pipeline (a non-inductive invariant). */
    enum Verdict { PASSED, WARNED, FAILED, SKIPPED, NOT_AVAILABLE }

    /**
     * One row of the summary: what the stage concluded ({@code outcome}, e.g. "holds"), its figures (for JSON, and
     * as one line of text), its time, its exit code (0 unless it failed), and details to print after the table.
     */
    record StageResult(Stage stage, Verdict verdict, String outcome, Map<String, Object> figures, String summary,
                       double seconds, int exitCode, String details) {}

    /** How the run stage drives the nodes: the longest it waits for them to go quiet, and its seed. */
    record RunOptions(long limitMillis, long quietMillis, long seed) {
        /** The longest the run stage waits unless told otherwise ({@code pipeline --run-seconds}'s default). */
        static final int DEFAULT_LIMIT_SECONDS = 20;
        static final RunOptions DEFAULTS = new RunOptions(DEFAULT_LIMIT_SECONDS * 1000L, 500, 0);

        RunOptions withLimit(Duration limit) { return new RunOptions(limit.toMillis(), quietMillis, seed); }
    }

    private final Path file;
    private final String modelName;
    private final Set<Stage> skip;
    private final Path traceDir;
    private final RunOptions runOptions;

    // Handed from stage to stage.
    private LoadedModel loaded;
    private GeneratedProtocol.Outcome generated;
    private Path workDir;
    private Path runTraces;

    // Kept for the --html page: the state-space stages' and conform's own results (null when they did not run).
    private CheckResult checked;
    private ExploreResult explored;
    private final ActionCoverage coverage = new ActionCoverage();
    private ConformanceResult conformed;

    Pipeline(Path file, String modelName, Set<Stage> skip, Path traceDir, RunOptions runOptions) {
        this.file = file;
        this.modelName = modelName;
        this.skip = skip.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(skip);
        this.traceDir = traceDir;
        this.runOptions = runOptions;
    }

    /** The spec's loaded model once lint has passed (null before, or when it failed). */
    LoadedModel loaded() { return loaded; }

    /** Where the run's traces are (the --trace-dir, or a temporary directory deleted by {@link #cleanUp()}). */
    Path runTraces() { return runTraces; }

    CheckResult checked() { return checked; }

    ExploreResult explored() { return explored; }

    /** The successors per action of the explore stage (empty when it did not run). */
    ActionCoverage coverage() { return coverage; }

    ConformanceResult conformed() { return conformed; }

    /** Runs every stage in order; the results, one per stage. */
    List<StageResult> run() throws Exception {
        List<StageResult> results = new ArrayList<>();
        StageResult failed = null;
        for (Stage stage : Stage.values()) {
            StageResult r;
            if (skip.contains(stage)) {
                r = skipped(stage, "skipped (--skip)");
            } else if (failed != null) {
                r = skipped(stage, "skipped (" + failed.stage().id() + " failed)");
            } else if (stage == Stage.RUN && generated == null || stage == Stage.CONFORM && runTraces == null) {
                r = skipped(stage, "skipped (needs " + (stage == Stage.RUN ? "gen" : "run") + ")");
            } else {
                long start = System.nanoTime();
                r = timed(runStage(stage), (System.nanoTime() - start) / 1e9);
            }
            if (r.verdict() == Verdict.FAILED) failed = r;
            results.add(r);
        }
        return results;
    }

    /** Deletes the generated classes and a temporary trace directory. */
    void cleanUp() {
        if (workDir != null) ProtocolSource.deleteTree(workDir);
    }

    private StageResult runStage(Stage stage) throws Exception {
        return switch (stage) {
            case LINT -> lint();
            case CHECK -> check();
            case EXPLORE -> explore();
            case PROVE -> ProveStage.run(loaded);
            case GEN -> gen();
            case RUN -> runNodes();
            case CONFORM -> conform();
        };
    }

    private StageResult lint() {
        LoadedModel.Attempt a = LoadedModel.load(file, modelName);
        if (a.loaded().isEmpty()) {
            return result(Stage.LINT, Verdict.FAILED, "errors", Map.of(), "", ExitCodes.BAD_INPUT,
                    DiagnosticPrinter.render(a.problems()));
        }
        loaded = a.loaded().get();
        long warnings = loaded.warnings().size();
        return result(Stage.LINT, Verdict.PASSED, "ok", Map.of("warnings", warnings),
                warnings + " warning" + (warnings == 1 ? "" : "s"), ExitCodes.HOLDS,
                DiagnosticPrinter.render(loaded.warnings()));
    }

    /** The figures both state-space stages (TLC and the explorer) report, under the same keys. */
    private static Map<String, Object> stateSpaceFigures(SearchFigures search, int counterexample) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("distinct", search.distinct());
        figures.put("generated", search.generated());
        figures.put("depth", search.depth());
        figures.put("counterexample", counterexample);
        return figures;
    }

    private static String stateSpaceSummary(SearchFigures f) {
        return String.format(Locale.ROOT, "%,d distinct / %,d generated states, depth %d", f.distinct(), f.generated(),
                f.depth());
    }

    private StageResult check() {
        TlaModule module = TlaTranslator.translate(loaded.spec());
        CheckResult r = ModelChecker.check(loaded.instance(), module, TlcOptions.defaults());
        checked = r;
        return stateSpaceStage(Stage.CHECK, r.figures(), Verdicts.of(r), ExitCodes.of(r.status()),
                DiagnosticPrinter.render(r.diagnostics()), "TLC's counterexample", r.counterexample().size(),
                () -> Counterexamples.render(loaded.instance(), r));
    }

    private StageResult explore() {
        ExploreResult r = new Explorer(loaded.instance()).countingActions(coverage).run(ExploreOptions.defaults());
        explored = r;
        return stateSpaceStage(Stage.EXPLORE, r.figures(), Verdicts.of(r), ExitCodes.of(r.status()),
                r.fault() == null ? "" : DiagnosticPrinter.render(r.fault()), "Shortest counterexample",
                r.counterexample().size(), () -> Trace.render(loaded.instance(), r.counterexample()));
    }

    /**
     * The result of a state-space stage (TLC's or the explorer's): the same figures, summary and counterexample
     * section, so that both read alike.
     */
    private static StageResult stateSpaceStage(Stage stage, SearchFigures f, String outcome, int code, String details,
                                               String counterexampleTitle, int counterexampleStates,
                                               java.util.function.Supplier<String> counterexample) {
        String summary = stateSpaceSummary(f);
        if (counterexampleStates > 0) {
            summary += "; counterexample of " + counterexampleStates + " states";
            details += counterexampleTitle + " (" + counterexampleStates + " states):\n" + counterexample.get();
        }
        return result(stage, code == 0 ? Verdict.PASSED : Verdict.FAILED, outcome,
                stateSpaceFigures(f, counterexampleStates), summary, code, details);
    }

    private StageResult gen() throws IOException {
        workDir = Files.createTempDirectory("lockstep-pipeline-");
        generated = GeneratedProtocol.load(loaded.spec(), loaded.instance().model().name(), workDir.resolve("java"));
        if (!generated.ok()) {
            String details = DiagnosticPrinter.render(generated.diagnostics());
            generated = null;
            return result(Stage.GEN, Verdict.FAILED, "failed", Map.of(), "", ExitCodes.BAD_INPUT, details);
        }
        return result(Stage.GEN, Verdict.PASSED, "compiled", Map.of("files", generated.files()),
                generated.files() + " Java files generated and compiled", ExitCodes.HOLDS, "");
    }

    /**
     * Every node of the model on localhost over Netty, with traces; every input action of every node is called once
     * (in role and spec order; those not enabled any more are refused), then the nodes run until they go quiet.
     */
    private StageResult runNodes() throws Exception {
        var protocol = generated.descriptor();
        runTraces = traceDir != null ? traceDir : workDir.resolve("traces");
        Map<String, Long> inputs = new LinkedHashMap<>();
        Map<String, LocalRun.NodeReport> nodes;
        boolean quiet;
        try (NettyCluster cluster = NettyCluster.startAll(protocol, LocalRun.localhostTls(protocol),
                TraceSinks.directory(runTraces), NettyOptions.DEFAULTS, runOptions.seed())) {
            for (String call : LocalRun.everyInput(protocol)) {
                String[] p = call.split(":", 2);
                String outcome;
                try {
                    outcome = cluster.node(NodeId.of(p[0])).input(p[1]).get(10, TimeUnit.SECONDS).name();
                } catch (ExecutionException e) {
                    outcome = "failed"; // an action failure; the node's counters report it below
                }
                inputs.merge(outcome.toLowerCase(Locale.ROOT).replace('_', '-'), 1L, Long::sum);
            }
            quiet = LocalRun.awaitQuiet(cluster, runOptions.quietMillis(), runOptions.limitMillis());
            nodes = LocalRun.report(cluster);
        } catch (ClusterConfigException | UncheckedIOException e) {
            return result(Stage.RUN, Verdict.FAILED, "cannot start the nodes", Map.of(), "", ExitCodes.BAD_INPUT,
                    e.getMessage() + "\n");
        }
        long steps = nodes.values().stream().mapToLong(LocalRun.NodeReport::steps).sum();
        long messages = nodes.values().stream().mapToLong(LocalRun.NodeReport::framesOut).sum();
        long failures = nodes.values().stream().mapToLong(LocalRun.NodeReport::actionFailures).sum();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("nodes", nodes.size());
        figures.put("inputs", inputs);
        figures.put("steps", steps);
        figures.put("messages", messages);
        figures.put("quiet", quiet);
        figures.put("actionFailures", failures);
        Map<String, Object> states = new LinkedHashMap<>();
        nodes.forEach((n, r) -> states.put(n, r.state()));
        figures.put("finalStates", states);
        StringBuilder details = new StringBuilder("Final states of the run (" + (traceDir != null ? "traces in "
                + traceDir : "traces deleted; keep them with --trace-dir DIR") + "):\n");
        nodes.forEach((n, r) -> details.append("  ").append(n).append(" = ")
                .append(Json.oneLine(r.state())).append('\n'));
        String summary = String.format(Locale.ROOT, "%d nodes, %d inputs fired, %,d steps, %,d messages%s",
                nodes.size(), inputs.getOrDefault("fired", 0L), steps, messages,
                quiet ? ", quiet" : ", still busy at the " + runOptions.limitMillis() / 1000 + " s limit");
        if (failures > 0) {
            return result(Stage.RUN, Verdict.FAILED, failures + " action(s) failed", figures, summary, ExitCodes.VIOLATION,
                    details.toString());
        }
        return result(Stage.RUN, Verdict.PASSED, "ran", figures, summary, ExitCodes.HOLDS, details.toString());
    }

    private StageResult conform() {
        ConformanceResult r = TraceChecker.check(loaded.instance(), List.of(runTraces));
        conformed = r;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("events", r.events());
        figures.put("files", r.files().size());
        String summary = String.format(Locale.ROOT, "%,d events in %d traces checked", r.events(), r.files().size());
        String details = r.conforms() ? ""
                : ConformanceReport.text(loaded.spec().name(), loaded.instance().model().name(), r);
        int code = ExitCodes.of(r.status());
        return result(Stage.CONFORM, r.conforms() ? Verdict.PASSED : Verdict.FAILED, r.status().id(), figures, summary,
                code, details);
    }

    static StageResult result(Stage stage, Verdict verdict, String outcome, Map<String, Object> figures, String summary,
                              int exitCode, String details) {
        return new StageResult(stage, verdict, outcome, figures, summary, 0, exitCode, details);
    }

    private static StageResult skipped(Stage stage, String why) {
        return new StageResult(stage, Verdict.SKIPPED, why, Map.of(), "", 0, ExitCodes.HOLDS, "");
    }

    private static StageResult timed(StageResult r, double seconds) {
        return new StageResult(r.stage(), r.verdict(), r.outcome(), r.figures(), r.summary(), seconds, r.exitCode(),
                r.details());
    }
}
