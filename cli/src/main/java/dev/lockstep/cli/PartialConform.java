package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.conformance.partial.PartialInputException;
import dev.lockstep.conformance.partial.PartialMapping;
import dev.lockstep.conformance.partial.PartialReport;
import dev.lockstep.conformance.partial.PartialResult;
import dev.lockstep.conformance.partial.PartialTraceChecker;
import dev.lockstep.conformance.partial.PerNodeChecker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@code lockstep conform SPEC --model M --partial MAPPING TRACES}: each trace file is one partial trace (all nodes in
 * one file, in logged order), checked by {@link PartialTraceChecker}; with {@code --per-node}, each folder is one run
 * of per-node logs, merged by clocks or timestamps and checked by {@link PerNodeChecker}. Exit 0 every trace matches, 1 some trace
 * matches no behaviour of the spec, 2 bad input (mapping or log line, named with file and line).
 */
final class PartialConform {
    private PartialConform() {}

    /** {@code --per-node}: each input folder is one run, one file per node, merged by clocks or (with a skew) times. */
    record PerNode(Duration skew) {}

    static int run(LoadedModel loaded, Output output, Path mappingFile, int maxHiddenSteps, int maxStates,
                   List<Path> inputs, PerNode perNode) throws IOException {
        if (!Files.isReadable(mappingFile)) throw output.refuse("--partial: cannot read the mapping " + mappingFile);
        PartialMapping mapping;
        try {
            mapping = PartialMapping.load(mappingFile, loaded.instance());
        } catch (PartialInputException e) {
            throw output.refuse("--partial: " + e.describe());
        }
        List<Path> files;
        Function<Path, PartialResult> checker;
        String mergedBy = null;
        if (perNode != null) {
            files = inputs;
            for (Path f : files) {
                if (!Files.isDirectory(f)) throw output.refuse("--per-node: " + f + " is not a folder of per-node logs");
            }
            try {
                PerNodeChecker merging = new PerNodeChecker(loaded.instance(), mapping, maxHiddenSteps, maxStates,
                        perNode.skew());
                mergedBy = merging.mergedBy();
                checker = merging::check;
            } catch (PartialInputException e) {
                throw output.refuse("--per-node: " + e.describe());
            }
        } else {
            files = PartialTraceChecker.traceFiles(inputs);
            checker = new PartialTraceChecker(loaded.instance(), mapping, maxHiddenSteps, maxStates)::check;
        }
        for (Path f : files) if (!Files.isReadable(f)) throw output.refuse(f + ": cannot read the trace");
        if (files.isEmpty()) throw output.refuse("no trace files in " + inputs);
        PrintWriter out = output.out();
        ArrayNode json = Json.array();
        StringBuilder reports = new StringBuilder();
        int exit = ExitCodes.HOLDS;
        int matching = 0;
        long events = 0;
        long start = System.nanoTime();
        for (Path f : files) {
            PartialResult r = checker.apply(f);
            events += r.matched() + (r.matches() ? 0 : 1);
            if (r.matches()) matching++;
            exit = Math.max(exit, switch (r.status()) {
                case MATCHES -> ExitCodes.HOLDS;
                case NO_MATCH -> ExitCodes.VIOLATION;
                case BAD_INPUT -> ExitCodes.BAD_INPUT;
            });
            if (output.json()) {
                json.add(Json.tree(PartialReport.json(loaded.instance(), r)));
            } else if (files.size() == 1) {
                reports.append(PartialReport.text(loaded.instance(), r));
            } else {
                out.printf(Locale.ROOT, "%-40s %-9s %,7d events matched%n", f, r.status().id(), r.matched());
                if (!r.matches()) reports.append('\n').append(PartialReport.text(loaded.instance(), r));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String status = exit == ExitCodes.HOLDS ? "matches" : exit == ExitCodes.VIOLATION ? "no-match" : "bad-input";
        if (output.json()) {
            ObjectNode doc = Json.object().put("spec", loaded.spec().name())
                    .put("model", loaded.instance().model().name()).put("mapping", mappingFile.toString())
                    .put("maxHiddenSteps", maxHiddenSteps).put("status", status).put("matching", matching)
                    .put("traces", files.size()).put("seconds", seconds);
            if (mergedBy != null) doc.put("mergedBy", mergedBy);
            doc.set("results", json);
            output.emitJson(doc);
        } else {
            out.print(reports);
            if (files.size() > 1) {
                out.printf(Locale.ROOT, "%nResult: %s (%d of %d traces match, %s model %s)%n",
                        status.replace('-', ' '), matching, files.size(), loaded.spec().name(),
                        loaded.instance().model().name());
            }
            out.printf(Locale.ROOT, "  time              %.2f s (%,.0f events/s, up to %d unlogged steps per event)%n",
                    seconds, events / Math.max(seconds, 1e-9), maxHiddenSteps);
        }
        out.flush();
        return exit;
    }
}
