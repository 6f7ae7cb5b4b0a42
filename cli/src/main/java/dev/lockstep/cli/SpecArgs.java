package dev.lockstep.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A spec FILE and {@code --model NAME} (a picocli mixin), for the commands that work on one model. */
final class SpecArgs {
    @Mixin
    SpecFile file;

    @Option(names = "--model", paramLabel = "NAME", description = "The model (optional if the spec has only one).")
    String model;

    /** The bound model; on a problem, its diagnostics and exit 2. */
    LoadedModel load(Output output) { return file.load(model, output); }
}
