package dev.lockstep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "lint", description = "Parse and check spec files; print every diagnostic.")
final class LintCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Spec files (.lstep).")
    List<Path> files;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        var out = output.out();
        boolean errors = false;
        ObjectNode json = Json.object();
        ArrayNode entries = json.putArray("files");
        for (Path file : files) {
            Frontend.Compilation c = Frontend.load(file);
            errors |= !c.ok();
            if (output.json()) {
                ObjectNode entry = entries.addObject().put("file", file.toString()).put("ok", c.ok());
                entry.set("diagnostics", Json.diagnostics(c.diagnostics()));
            } else {
                out.print(DiagnosticPrinter.render(c.diagnostics()));
                long errorCount = c.diagnostics().stream().filter(Diagnostic::isError).count();
                out.println(file + ": " + (c.ok() ? "ok" : errorCount + " error" + (errorCount == 1 ? "" : "s")));
            }
        }
        if (output.json()) output.emitJson(json);
        out.flush();
        return errors ? ExitCodes.BAD_INPUT : ExitCodes.HOLDS;
    }
}
