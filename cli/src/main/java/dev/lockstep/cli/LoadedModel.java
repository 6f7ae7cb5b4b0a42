package dev.lockstep.cli;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads a spec file and binds one of its models, reporting any problem as diagnostics (never a stack trace). */
record LoadedModel(CheckedSpec spec, ModelInstance instance, List<Diagnostic> warnings) {

    /** The bound model, or null after printing the problems (the caller exits with {@link Main#BAD_INPUT}). */
    static LoadedModel load(Path file, String modelName, OutputFormat format, PrintWriter out, PrintWriter err) {
        Frontend.Compilation c = Frontend.load(file);
        List<Diagnostic> problems = new ArrayList<>(c.diagnostics());
        ModelInstance instance = null;
        if (c.ok()) {
            if (modelName == null) {
                var models = c.spec().get().models();
                if (models.size() == 1) modelName = models.get(0).name();
                else {
                    problems.add(Diagnostic.error(dev.lockstep.lang.diag.Code.UNKNOWN_MODEL, c.source().span(0, 0),
                            "choose a model with --model; " + file + " has " + models.stream()
                                    .map(CheckedSpec.Model::name).toList()));
                }
            }
            if (modelName != null) instance = ModelInstance.bind(c.spec().get(), modelName, problems);
        }
        if (instance == null || problems.stream().anyMatch(Diagnostic::isError)) {
            if (format == OutputFormat.json) {
                out.println(Json.write(Map.of("status", "bad-input", "diagnostics", Json.diagnostics(problems))));
                out.flush();
            } else {
                err.print(DiagnosticPrinter.render(problems));
                err.flush();
            }
            return null;
        }
        return new LoadedModel(c.spec().get(), instance, problems);
    }
}
