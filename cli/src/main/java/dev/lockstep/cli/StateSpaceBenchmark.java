package dev.lockstep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/**
 * A benchmark of state-space search on models of a spec ({@code bench}, {@code bench-tlc}): the spec FILE and its
 * models ({@link BenchModels}), how often each is run ({@link Repetitions}), and the output; picocli finds the
 * mixins of this superclass in every subcommand.
 */
abstract class StateSpaceBenchmark implements Callable<Integer> {
    @Mixin
    BenchModels target;

    @Mixin
    Repetitions repetitions;

    @Mixin
    Output output;
}
