package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "conform", description = "Replay recorded per-node NDJSON traces against a model of the spec and "
        + "report the first event that departs from it. Exit 0 conforms, 1 divergence, 2 bad input.")
final class ConformCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TRACES",
            description = "Trace files, or directories whose *.ndjson files are the traces (one file per node).")
    List<Path> traces;

    @Option(names = "--model", paramLabel = "NAME", description = "The model to check against (optional if there is one).")
    String model;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadedModel loaded = LoadedModel.load(file, model, format, out, err);
        if (loaded == null) return Main.BAD_INPUT;
        String specName = loaded.spec().name();
        String modelName = loaded.instance().model().name();
        ConformanceResult r = TraceChecker.check(loaded.instance(), traces);
        if (format == OutputFormat.json) {
            out.println(Json.write(ConformanceReport.json(specName, modelName, r)));
        } else {
            err.print(DiagnosticPrinter.render(loaded.warnings()));
            out.print(ConformanceReport.text(specName, modelName, r));
            out.printf(Locale.ROOT, "  time              %.2f s (%,.0f events/s)%n", r.elapsed().toNanos() / 1e9,
                    r.eventsPerSecond());
        }
        out.flush();
        err.flush();
        return r.status().exitCode();
    }
}
