package dev.lockstep.cli;

import dev.lockstep.cli.Pipeline.Stage;
import dev.lockstep.cli.Pipeline.StageResult;
import dev.lockstep.cli.Pipeline.Verdict;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import dev.lockstep.cli.report.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "pipeline", description = "The whole path for one model: lint, check (TLC), explore, prove (Z3), "
        + "gen (Java, compiled here), run (every node over Netty on localhost, traces written), conform (the run's "
        + "traces against the spec). Prints one row per stage; the first failing stage stops it and sets the exit code.")
final class PipelineCommand extends ModelCommand {
    @Option(names = "--skip", paramLabel = "STAGE", split = ",",
            description = "Stages to skip (repeatable or comma-separated): check, explore, prove, gen, run, conform.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--trace-dir", paramLabel = "DIR",
            description = "Keep the run's traces in DIR (one NODE.ndjson per node; default: a temporary directory).")
    Path traceDir;

    @Option(names = "--run-seconds", paramLabel = "TIME", defaultValue = "" + Pipeline.RunOptions.DEFAULT_LIMIT_SECONDS,
            description = "The run stage stops when the nodes go quiet, or after TIME, e.g. 20 (seconds), 1m "
                    + "(default: ${DEFAULT-VALUE} s).")
    Duration runTime;

    @Mixin
    HtmlOption html;

    @Override
    public Integer call() throws Exception {
        Set<Stage> skipped = new TreeSet<>();
        for (String s : skip) {
            Stage stage = stage(s);
            if (stage == null || stage == Stage.LINT) {
                throw output.fail("--skip " + s + ": not a stage that can be skipped (check, explore, prove, gen, run, "
                        + "conform)");
            }
            skipped.add(stage);
        }
        // A trace folder that cannot be written would fail the run stage after the long check and prove stages.
        output.writableDirectory("--trace-dir", traceDir);
        html.prepare(output);
        var options = Pipeline.RunOptions.DEFAULTS.withLimit(runTime);
        String model = specArgs.model;
        Pipeline pipeline = new Pipeline(specArgs.file.path, model, skipped, traceDir, options);
        output.textLine("Pipeline for " + specArgs.file + (model == null ? "" : ", model " + model));
        List<StageResult> results;
        ReportPage page = null;
        try {
            results = pipeline.run();
            // Built before cleanUp: the page draws the run's traces when conform failed.
            if (html.requested()) {
                StageResult failed = firstFailed(results);
                page = HtmlReports.pipeline(specArgs.file.toString(), pipeline, stageTable(results),
                        "Result: " + resultLine(results, failed), failed != null);
            }
        } finally {
            pipeline.cleanUp();
        }
        StageResult failed = firstFailed(results);
        int exit = failed == null ? ExitCodes.HOLDS : failed.exitCode();
        if (output.json()) output.emitJson(json(pipeline, results, exit));
        else printText(results, failed, exit, output.out());
        output.out().flush();
        if (page != null) html.write(page, output);
        return exit;
    }

    private static Stage stage(String name) {
        for (Stage s : Stage.values()) if (s.id().equals(name.strip().toLowerCase(Locale.ROOT))) return s;
        return null;
    }

    private static ReportPage.Table stageTable(List<StageResult> results) {
        List<ReportPage.Row> rows = new ArrayList<>();
        for (StageResult r : results) {
            String time = r.verdict() == Verdict.SKIPPED ? "" : String.format(Locale.ROOT, "%.2f s", r.seconds());
            rows.add(new ReportPage.Row(r.verdict() == Verdict.FAILED, List.of(r.stage().id(), verdict(r), r.outcome(),
                    time, r.summary())));
        }
        return new ReportPage.Table("stages", "Stages", List.of("stage", "verdict", "outcome", "time", "figures"), rows);
    }

    private static String verdict(StageResult r) {
        return switch (r.verdict()) {
            case PASSED -> "ok";
            case WARNED -> "warn";
            case FAILED -> "FAILED";
            case SKIPPED -> "skipped";
            case NOT_AVAILABLE -> "n/a";
        };
    }

    private void printText(List<StageResult> results, StageResult failed, int exit, PrintWriter out) {
        int outcomeWidth = "outcome".length();
        for (StageResult r : results) outcomeWidth = Math.max(outcomeWidth, r.outcome().length());
        String row = "  %-8s %-7s %-" + outcomeWidth + "s  %8s  %s%n";
        out.println();
        out.printf(Locale.ROOT, row, "stage", "verdict", "outcome", "time", "figures");
        for (StageResult r : results) {
            String time = r.verdict() == Verdict.SKIPPED ? "" : String.format(Locale.ROOT, "%.2f s", r.seconds());
            out.printf(Locale.ROOT, row, r.stage().id(), verdict(r), r.outcome(), time, r.summary());
        }
        for (StageResult r : results) {
            boolean show = r == failed || r.verdict() == Verdict.WARNED || r.verdict() == Verdict.NOT_AVAILABLE
                    || r.stage() == Stage.RUN && r.verdict() == Verdict.PASSED;
            if (show && !r.details().isBlank()) {
                out.println();
                out.print(r.details().endsWith("\n") ? r.details() : r.details() + "\n");
            }
        }
        out.println();
        double total = results.stream().mapToDouble(StageResult::seconds).sum();
        out.printf(Locale.ROOT, "Result: %s (exit %d, %.1f s)%n", resultLine(results, failed), exit, total);
    }

    private static StageResult firstFailed(List<StageResult> results) {
        return results.stream().filter(r -> r.verdict() == Verdict.FAILED).findFirst().orElse(null);
    }

    /** What the "Result:" line says: the failed stage, or that every stage passed (and which warned). */
    private static String resultLine(List<StageResult> results, StageResult failed) {
        List<String> warned = results.stream().filter(r -> r.verdict() == Verdict.WARNED).map(r -> r.stage().id()).toList();
        return failed != null ? failed.stage().id() + " failed: " + failed.outcome()
                : "every stage that ran passed" + (warned.isEmpty() ? "" : " (warnings: " + String.join(", ", warned) + ")");
    }

    private ObjectNode json(Pipeline pipeline, List<StageResult> results, int exit) {
        LoadedModel loaded = pipeline.loaded();
        ObjectNode json = Json.object().put("file", specArgs.file.toString())
                .put("spec", loaded == null ? null : loaded.spec().name())
                .put("model", loaded == null ? specArgs.model : loaded.instance().model().name())
                .put("status", exit == ExitCodes.HOLDS ? "passed" : "failed")
                .put("exitCode", exit);
        ArrayNode stages = json.putArray("stages");
        for (StageResult r : results) {
            ObjectNode s = stages.addObject().put("stage", r.stage().id())
                    .put("verdict", r.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .put("outcome", r.outcome());
            s.set("figures", Json.tree(r.figures()));
            s.put("seconds", r.seconds()).put("exitCode", r.exitCode())
                    .put("details", r.details().isBlank() ? null : r.details());
        }
        json.put("traceDir", traceDir == null ? null : traceDir.toString());
        return json;
    }
}
