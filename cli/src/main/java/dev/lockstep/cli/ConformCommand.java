package dev.lockstep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.cluster.BatchJob;
import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.conformance.partial.PartialTraceChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.lockstep.cli.report.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "conform", description = "Replay recorded per-node NDJSON traces against a model of the spec and "
        + "report the first event that departs from it. A folder of seed-N/ folders (simulate --trace-dir) is "
        + "checked seed by seed. Exit 0 conforms, 1 divergence, 2 bad input (also: traces without any event).")
final class ConformCommand extends ModelCommand {
    private static final Pattern SEED_FOLDER = Pattern.compile("seed-(-?\\d+)");

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TRACES",
            description = "Trace files, or directories whose *.ndjson files are the traces (one file per node), or "
                    + "a directory of seed-N/ directories (one run per seed, as simulate --trace-dir writes them).")
    List<Path> traces;

    @Mixin
    HtmlOption html;

    @Option(names = "--partial", paramLabel = "MAPPING",
            description = "Check partial traces (some events, some variables: what an existing system logs) through "
                    + "this JSON mapping; each trace file is one run, all nodes in one file (docs/conformance.md).")
    Path partial;

    @Option(names = "--max-hidden-steps", paramLabel = "K", defaultValue = "" + PartialTraceChecker.DEFAULT_MAX_HIDDEN_STEPS,
            converter = OptionTypes.AtLeastZero.class,
            description = "With --partial: how many unlogged spec steps may come before each logged event "
                    + "(default ${DEFAULT-VALUE}).")
    int maxHiddenSteps;

    @Option(names = "--max-states", paramLabel = "N", defaultValue = "" + PartialTraceChecker.DEFAULT_MAX_STATES,
            converter = OptionTypes.AtLeastOne.class,
            description = "With --partial: the most spec states one line's search may hold before it stops with "
                    + "LS942 (default ${DEFAULT-VALUE}).")
    int maxStates;

    @Option(names = "--per-node", description = "With --partial: each TRACES folder is one run logged as one file per "
            + "node, merged by the mapping's \"clock\" field (Lamport or vector clocks), or with --skew by its "
            + "\"time\" field (wall-clock timestamps).")
    boolean perNode;

    @Option(names = "--skew", paramLabel = "D", description = "With --per-node: merge by timestamps, two nodes' clocks "
            + "differing by up to D (e.g. 5ms); lines of two nodes closer than D are tried in either order.")
    java.time.Duration skew;

    @Mixin
    ClusterOptions cluster;

    /** One run's traces: a name (the seed folder, or "traces" for the files given) and its files or folders. */
    record Run(String name, List<Path> inputs) {}

    @Override
    public Integer call() throws IOException {
        if (cluster.requested()) {
            ClusterOptions.refuseUnsupported(output, "the members check seed-N/ folders and send back their reports; "
                    + "partial traces and HTML pages are checked on this machine", partial == null ? null : "--partial",
                    html.requested() ? "--html" : null);
        }
        if (perNode && partial == null) throw output.fail("--per-node merges partial logs: give --partial MAPPING");
        if (skew != null && !perNode) throw output.fail("--skew merges per-node logs by timestamps: give --per-node");
        if (partial != null) {
            if (html.requested()) throw output.fail("--html draws complete traces; leave it out with --partial");
            LoadedModel loaded = load();
            output.warnings(loaded.warnings());
            return PartialConform.run(loaded, output, partial, maxHiddenSteps, maxStates, traces,
                    perNode ? new PartialConform.PerNode(skew) : null);
        }
        List<Run> runs = runs(traces);
        if (runs == null) throw output.fail("give either folders of seed-N/ folders or trace files and folders, not both");
        html.prepare(output);
        LoadedModel loaded = load();
        output.warnings(loaded.warnings());
        if (runs.size() == 1 && runs.get(0).name() == null) {
            if (cluster.requested()) {
                throw ClusterJoin.refuse(output, new dev.lockstep.cluster.ClusterFailure(
                        dev.lockstep.lang.diag.Code.CLUSTER_UNSUPPORTED, "--cluster spreads runs over its members, and "
                        + traces + " is one run: give folders of seed-N/ folders (one run each), or leave out --cluster"));
            }
            ConformanceResult r = TraceChecker.check(loaded.instance(), runs.get(0).inputs());
            output.emit(new OneRun(loaded.spec().name(), loaded.instance().model().name(), r));
            writeHtml(loaded, r, List.of());
            return ExitCodes.of(r.status());
        }
        return checkSeeds(loaded, runs);
    }

    /** The report on one set of traces, and its speed. */
    private record OneRun(String spec, String model, ConformanceResult r) implements Output.Report {
        @Override
        public JsonNode json() { return ConformanceReport.json(spec, model, r); }

        @Override
        public void text(PrintWriter out, PrintWriter err) {
            out.print(ConformanceReport.text(spec, model, r));
            out.printf(Locale.ROOT, "  time              %.2f s (%,.0f events/s)%n", r.elapsed().toNanos() / 1e9,
                    r.eventsPerSecond());
        }
    }

    /**
     * One check per seed folder (on the cluster's members with --cluster), a line per seed, the report of every seed
     * that does not conform.
     */
    private int checkSeeds(LoadedModel loaded, List<Run> runs) {
        String specName = loaded.spec().name();
        String modelName = loaded.instance().model().name();
        List<RunVerdict> verdicts = new ArrayList<>();
        ConformanceResult shown = null; // the first run that does not conform, else the last
        if (cluster.requested()) {
            verdicts = onCluster(loaded, runs);
        } else {
            for (Run run : runs) {
                ConformanceResult r = TraceChecker.check(loaded.instance(), run.inputs());
                if (shown == null || shown.conforms()) shown = r;
                verdicts.add(RunVerdict.of(run.name(), specName, modelName, r));
            }
        }
        PrintWriter out = output.out();
        int exit = ExitCodes.HOLDS;
        ArrayNode json = Json.array();
        StringBuilder reports = new StringBuilder();
        int conforming = 0;
        List<ReportPage.Row> rows = new ArrayList<>();
        for (RunVerdict v : verdicts) {
            if (v.conforms()) conforming++;
            rows.add(new ReportPage.Row(!v.conforms(), List.of(v.name(), v.status(),
                    String.format(Locale.ROOT, "%,d", v.events()), String.valueOf(v.files()))));
            // Bad input outranks a divergence: the exit code says the worst thing found.
            exit = Math.max(exit, v.exit());
            if (output.json()) {
                json.add(v.json());
            } else {
                out.printf(Locale.ROOT, "%-12s %-10s %,9d events in %d files%n", v.name(), v.status(), v.events(),
                        v.files());
                if (!v.conforms()) reports.append('\n').append(v.name()).append(": ").append(v.report());
            }
        }
        String status = exit == ExitCodes.HOLDS ? "conforms" : exit == ExitCodes.VIOLATION ? "diverges" : "bad-input";
        if (output.json()) {
            ObjectNode doc = Json.object().put("spec", specName).put("model", modelName).put("status", status)
                    .put("conforming", conforming);
            doc.set("runs", json);
            output.emitJson(doc);
        } else {
            out.print(reports);
            out.printf("%nResult: %s (%d of %d seeds conform, %s model %s)%n", status.replace('-', ' '), conforming,
                    runs.size(), specName, modelName);
        }
        out.flush();
        if (shown != null) {
            writeHtml(loaded, shown, List.of(new ReportPage.Table("runs", "Runs (the diagram shows the first that "
                    + "does not conform, else the last)", List.of("run", "status", "events", "files"), rows)));
        }
        return exit;
    }

    /** The runs' verdicts from the cluster's members, in run order. */
    private List<RunVerdict> onCluster(LoadedModel loaded, List<Run> runs) {
        try {
            return cluster.onCluster(output, (hz, name) -> {
                DistributedConform.Found f = DistributedConform.check(new BatchJob(hz), ClusterOptions.job(loaded,
                        specArgs.file.path), runs);
                output.textLine("On cluster '" + name + "': " + f.members() + " worker(s), " + f.batches()
                        + " batches of runs, " + String.format(Locale.ROOT, "%,d", f.bytesSent()) + " bytes of traces "
                        + "sent");
                return f.verdicts();
            });
        } catch (java.io.UncheckedIOException e) {
            throw output.fail(e.getMessage());
        }
    }

    /** {@code --html}: the page of run {@code r}, with {@code tables} (the seed runs) when there were several. */
    private void writeHtml(LoadedModel loaded, ConformanceResult r, List<ReportPage.Table> tables) {
        if (!html.requested()) return;
        try {
            html.write(HtmlReports.conform(loaded.spec().name(), loaded.instance().model().name(), r, tables), output);
        } catch (IOException e) {
            throw output.fail("--html: " + IoErrors.describe(e));
        }
    }

    /**
     * The runs to check: one per seed-N folder when every input is a folder of such folders (and holds no trace of
     * its own), else one run of all inputs; null when the two are mixed.
     */
    private static List<Run> runs(List<Path> inputs) throws IOException {
        List<Run> seeds = new ArrayList<>();
        int plain = 0;
        for (Path p : inputs) {
            List<Path> folders = seedFolders(p);
            if (folders.isEmpty()) plain++;
            for (Path f : folders) {
                // One folder given: its seeds are named seed-N; several: by their paths, to tell them apart.
                seeds.add(new Run(inputs.size() == 1 ? f.getFileName().toString() : f.toString(), List.of(f)));
            }
        }
        if (seeds.isEmpty()) return List.of(new Run(null, inputs));
        return plain == 0 ? seeds : null;
    }

    /** The seed-N subfolders of {@code dir} in seed order, when it has some and no trace files of its own. */
    private static List<Path> seedFolders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> entries = s.toList();
            if (entries.stream().anyMatch(f -> f.getFileName().toString().endsWith(".ndjson"))) return List.of();
            return entries.stream().filter(Files::isDirectory)
                    .filter(f -> SEED_FOLDER.matcher(f.getFileName().toString()).matches())
                    .sorted((a, b) -> Long.compare(seed(a), seed(b))).toList();
        }
    }

    private static long seed(Path folder) {
        String n = folder.getFileName().toString().substring("seed-".length());
        try {
            return Long.parseLong(n);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // a seed number too long for a long sorts last
        }
    }
}
