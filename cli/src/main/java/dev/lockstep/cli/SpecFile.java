package dev.lockstep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The spec FILE a command reads (a picocli mixin), and the binding of one of its models. */
final class SpecFile {
    @Parameters(index = "0", paramLabel = "FILE", description = "The spec file (.lstep).")
    Path path;

    /** The model {@code name} of the spec (null: its only model); on a problem, its diagnostics and exit 2. */
    LoadedModel load(String name, Output output) { return load(path, name, output); }

    /** Model {@code name} of the spec {@code file} (null: its only model); on a problem, its diagnostics and exit 2. */
    static LoadedModel load(Path file, String name, Output output) {
        LoadedModel.Attempt a = LoadedModel.load(file, name);
        if (a.loaded().isEmpty()) throw output.badInput(a.problems());
        return a.loaded().get();
    }

    @Override
    public String toString() { return path.toString(); }
}
