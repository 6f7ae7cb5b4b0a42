package dev.lockstep.cli;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "lint", description = "Parse and check spec files; print every diagnostic.")
final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Spec files (.lstep).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        boolean errors = false;
        List<Map<String, Object>> json = new ArrayList<>();
        for (Path file : files) {
            Frontend.Compilation c = Frontend.load(file);
            errors |= !c.ok();
            if (format == OutputFormat.json) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("file", file.toString());
                entry.put("ok", c.ok());
                entry.put("diagnostics", Json.diagnostics(c.diagnostics()));
                json.add(entry);
            } else {
                out.print(DiagnosticPrinter.render(c.diagnostics()));
                long errorCount = c.diagnostics().stream().filter(Diagnostic::isError).count();
                out.println(file + ": " + (c.ok() ? "ok" : errorCount + " error" + (errorCount == 1 ? "" : "s")));
            }
        }
        if (format == OutputFormat.json) out.println(Json.write(Map.of("files", json)));
        out.flush();
        return errors ? Main.BAD_INPUT : Main.HOLDS;
    }
}
