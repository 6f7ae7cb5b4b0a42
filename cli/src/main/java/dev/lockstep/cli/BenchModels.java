package dev.lockstep.cli;

import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What a state-space benchmark measures (a picocli mixin): a spec FILE and the models to run, in order. */
final class BenchModels {
    @Mixin
    SpecFile file;

    @Option(names = "--models", split = ",", required = true, paramLabel = "NAME,...",
            description = "Models to benchmark, in order.")
    List<String> models;
}
