package dev.lockstep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A command on one model of a spec: its spec FILE and {@code --model} ({@link SpecArgs}) and its output
 * ({@link Output}); picocli finds the mixins of this superclass in every subcommand.
 */
abstract class ModelCommand implements Callable<Integer> {
    @Mixin
    SpecArgs specArgs;

    @Mixin
    Output output;

    /** The bound model; on a problem, its diagnostics and exit 2. */
    LoadedModel load() { return specArgs.load(output); }
}
