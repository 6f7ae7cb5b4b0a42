package dev.lockstep.cli;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A spec file loaded and one of its models bound; {@code warnings} are the front end's (never errors). */
record LoadedModel(CheckedSpec spec, ModelInstance instance, List<Diagnostic> warnings) {

    /** The bound model, or the problems that stopped it (never both missing). */
    record Attempt(Optional<LoadedModel> loaded, List<Diagnostic> problems) {}

    /** {@code names} joined with commas, or "none", as the opening lines of explore and check list them. */
    static String namesOrNone(List<String> names) { return names.isEmpty() ? "none" : String.join(", ", names); }

    /** Loads {@code file} and binds {@code modelName} (null: the spec's only model), as diagnostics, never a throw. */
    static Attempt load(Path file, String modelName) {
        Frontend.Compilation c = Frontend.load(file);
        List<Diagnostic> problems = new ArrayList<>(c.diagnostics());
        ModelInstance instance = null;
        if (c.ok()) {
            if (modelName == null) {
                var models = c.spec().get().models();
                if (models.size() == 1) modelName = models.get(0).name();
                else {
                    problems.add(Diagnostic.error(Code.UNKNOWN_MODEL, c.source().span(0, 0),
                            "choose a model with --model; " + file + " has " + models.stream()
                                    .map(CheckedSpec.Model::name).toList()));
                }
            }
            if (modelName != null) {
                var bound = ModelInstance.bind(c.spec().get(), modelName);
                problems.addAll(bound.diagnostics());
                instance = bound.toOptional().orElse(null);
            }
        }
        if (instance == null || problems.stream().anyMatch(Diagnostic::isError)) {
            return new Attempt(Optional.empty(), problems);
        }
        return new Attempt(Optional.of(new LoadedModel(c.spec().get(), instance, problems)), problems);
    }
}
