package dev.lockstep.cluster;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.source.SourceFile;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The spec a job explores, as every member compiles it: the file's name and text, the directory its
 * {@code instance} paths are relative to (which must exist on every member for a spec that has any), the model.
 */
public record JobSpec(String fileName, String text, String baseDir, String modelName) implements Serializable {

    /** Compiles the spec and binds the model on member {@code where}; throws naming the spec's errors. */
    public ModelInstance bind(String where) {
        var compiled = Frontend.compile(new SourceFile(fileName, text), Path.of(baseDir));
        var bound = compiled.ok() ? ModelInstance.bind(compiled.spec().get(), modelName) : null;
        ModelInstance model = bound == null ? null : bound.toOptional().orElse(null);
        if (model == null) {
            var problems = bound == null ? compiled.diagnostics() : bound.diagnostics();
            throw new IllegalStateException(where + " cannot load " + fileName + ", model " + modelName + ": "
                    + problems.stream().filter(Diagnostic::isError).map(Diagnostic::message)
                    .collect(Collectors.joining("; ")));
        }
        return model;
    }
}
