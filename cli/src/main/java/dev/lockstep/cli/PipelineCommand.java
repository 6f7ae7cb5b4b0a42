package dev.lockstep.cli;

import dev.lockstep.cli.Pipeline.Stage;
import dev.lockstep.cli.Pipeline.StageResult;
import dev.lockstep.cli.Pipeline.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pipeline", description = "The whole path for one model: lint, check (TLC), explore, prove (Z3), "
        + "gen (Java, compiled here), run (every node over Netty on localhost, traces written), conform (the run's "
        + "traces against the spec). Prints one row per stage; the first failing stage stops it and sets the exit code.")
final class PipelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Option(names = "--model", paramLabel = "NAME", description = "The model (optional if there is one).")
    String model;

    @Option(names = "--skip", paramLabel = "STAGE", split = ",",
            description = "Stages to skip (repeatable or comma-separated): check, explore, prove, gen, run, conform.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--trace-dir", paramLabel = "DIR",
            description = "Keep the run's traces in DIR (one NODE.ndjson per node; default: a temporary directory).")
    Path traceDir;

    @Option(names = "--run-seconds", paramLabel = "TIME", defaultValue = "20", converter = OptionTypes.Time.class,
            description = "The run stage stops when the nodes go quiet, or after TIME, e.g. 20 (seconds), 1m "
                    + "(default: ${DEFAULT-VALUE} s).")
    Duration runTime;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Stage> skipped = new TreeSet<>();
        for (String s : skip) {
            Stage stage = stage(s);
            if (stage == null || stage == Stage.LINT) {
                err.println("lockstep pipeline: --skip " + s + ": not a stage that can be skipped (check, explore, prove, "
                        + "gen, run, conform)");
                return Main.BAD_INPUT;
            }
            skipped.add(stage);
        }
        // A trace folder that cannot be written would fail the run stage after the long check and prove stages.
        String traceProblem = traceDir == null ? null : IoErrors.prepareDirectory("--trace-dir", traceDir);
        if (traceProblem != null) {
            err.println("lockstep pipeline: " + traceProblem);
            return Main.BAD_INPUT;
        }
        var options = new Pipeline.RunOptions(runTime.toMillis(), Pipeline.RunOptions.DEFAULTS.quietMillis(),
                Pipeline.RunOptions.DEFAULTS.seed());
        Pipeline pipeline = new Pipeline(file, model, skipped, traceDir, options);
        if (format == OutputFormat.text) {
            out.println("Pipeline for " + file + (model == null ? "" : ", model " + model));
            out.flush();
        }
        List<StageResult> results;
        try {
            results = pipeline.run();
        } finally {
            pipeline.cleanUp();
        }
        StageResult failed = results.stream().filter(r -> r.verdict() == Verdict.FAILED).findFirst().orElse(null);
        int exit = failed == null ? Main.HOLDS : failed.exitCode();
        if (format == OutputFormat.json) out.println(Json.write(json(pipeline, results, exit)));
        else printText(results, failed, exit, out);
        out.flush();
        return exit;
    }

    private static Stage stage(String name) {
        for (Stage s : Stage.values()) if (s.id().equals(name.strip().toLowerCase(Locale.ROOT))) return s;
        return null;
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
        List<String> warned = results.stream().filter(r -> r.verdict() == Verdict.WARNED).map(r -> r.stage().id()).toList();
        String verdict = failed != null ? failed.stage().id() + " failed: " + failed.outcome()
                : "every stage that ran passed" + (warned.isEmpty() ? "" : " (warnings: " + String.join(", ", warned) + ")");
        out.printf(Locale.ROOT, "Result: %s (exit %d, %.1f s)%n", verdict, exit, total);
    }

    private Map<String, Object> json(Pipeline pipeline, List<StageResult> results, int exit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("spec", pipeline.loaded() == null ? null : pipeline.loaded().spec().name());
        json.put("model", pipeline.loaded() == null ? model : pipeline.loaded().instance().model().name());
        json.put("status", exit == Main.HOLDS ? "passed" : "failed");
        json.put("exitCode", exit);
        List<Map<String, Object>> stages = new ArrayList<>();
        for (StageResult r : results) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("stage", r.stage().id());
            s.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            s.put("outcome", r.outcome());
            s.put("figures", r.figures());
            s.put("seconds", r.seconds());
            s.put("exitCode", r.exitCode());
            s.put("details", r.details().isBlank() ? null : r.details());
            stages.add(s);
        }
        json.put("stages", stages);
        json.put("traceDir", traceDir == null ? null : traceDir.toString());
        return json;
    }
}
