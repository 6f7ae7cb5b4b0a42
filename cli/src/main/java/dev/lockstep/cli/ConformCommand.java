package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "conform", description = "Replay recorded per-node NDJSON traces against a model of the spec and "
        + "report the first event that departs from it. A folder of seed-N/ folders (simulate --trace-dir) is "
        + "checked seed by seed. Exit 0 conforms, 1 divergence, 2 bad input (also: traces without any event).")
final class ConformCommand implements Callable<Integer> {
    private static final Pattern SEED_FOLDER = Pattern.compile("seed-(-?\\d+)");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TRACES",
            description = "Trace files, or directories whose *.ndjson files are the traces (one file per node), or "
                    + "a directory of seed-N/ directories (one run per seed, as simulate --trace-dir writes them).")
    List<Path> traces;

    @Option(names = "--model", paramLabel = "NAME", description = "The model to check against (optional if there is one).")
    String model;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    /** One run's traces: a name (the seed folder, or "traces" for the files given) and its files or folders. */
    private record Run(String name, List<Path> inputs) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Run> runs = runs(traces);
        if (runs == null) {
            err.println("lockstep conform: give either folders of seed-N/ folders or trace files and folders, not both");
            err.flush();
            return Main.BAD_INPUT;
        }
        LoadedModel loaded = LoadedModel.load(file, model, format, out, err);
        if (loaded == null) return Main.BAD_INPUT;
        String specName = loaded.spec().name();
        String modelName = loaded.instance().model().name();
        if (format == OutputFormat.text) err.print(DiagnosticPrinter.render(loaded.warnings()));
        if (runs.size() == 1 && runs.get(0).name() == null) {
            ConformanceResult r = TraceChecker.check(loaded.instance(), runs.get(0).inputs());
            if (format == OutputFormat.json) {
                out.println(Json.write(ConformanceReport.json(specName, modelName, r)));
            } else {
                out.print(ConformanceReport.text(specName, modelName, r));
                out.printf(Locale.ROOT, "  time              %.2f s (%,.0f events/s)%n", r.elapsed().toNanos() / 1e9,
                        r.eventsPerSecond());
            }
            out.flush();
            err.flush();
            return r.status().exitCode();
        }
        return checkSeeds(loaded, runs, out);
    }

    /** One check per seed folder, a line per seed, the report of every seed that does not conform. */
    private int checkSeeds(LoadedModel loaded, List<Run> runs, PrintWriter out) {
        String specName = loaded.spec().name();
        String modelName = loaded.instance().model().name();
        int exit = Main.HOLDS;
        List<Map<String, Object>> json = new ArrayList<>();
        StringBuilder reports = new StringBuilder();
        int conforming = 0;
        for (Run run : runs) {
            ConformanceResult r = TraceChecker.check(loaded.instance(), run.inputs());
            if (r.conforms()) conforming++;
            // Bad input outranks a divergence: the exit code says the worst thing found.
            if (r.status() == ConformanceResult.Status.BAD_INPUT) exit = Main.BAD_INPUT;
            else if (r.status() == ConformanceResult.Status.DIVERGES && exit == Main.HOLDS) exit = Main.VIOLATION;
            if (format == OutputFormat.json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("run", run.name());
                row.putAll(ConformanceReport.json(specName, modelName, r));
                json.add(row);
            } else {
                out.printf(Locale.ROOT, "%-12s %-10s %,9d events in %d files%n", run.name(), r.status().id(), r.events(),
                        r.files().size());
                if (!r.conforms()) {
                    reports.append('\n').append(run.name()).append(": ")
                            .append(ConformanceReport.text(specName, modelName, r));
                }
            }
        }
        if (format == OutputFormat.json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("spec", specName);
            doc.put("model", modelName);
            doc.put("status", exit == Main.HOLDS ? "conforms" : exit == Main.VIOLATION ? "diverges" : "bad-input");
            doc.put("conforming", conforming);
            doc.put("runs", json);
            out.println(Json.write(doc));
        } else {
            out.print(reports);
            out.printf("%nResult: %s (%d of %d seeds conform, %s model %s)%n", exit == Main.HOLDS ? "conforms"
                    : exit == Main.VIOLATION ? "diverges" : "bad input", conforming, runs.size(), specName, modelName);
        }
        out.flush();
        return exit;
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
