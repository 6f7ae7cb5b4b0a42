package dev.lockstep.cli;

import dev.lockstep.invariants.prove.Prover;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What {@code prove} proves and how long Z3 may take (a picocli mixin), as {@link Prover.Options}. */
final class ProverArgs {
    @Option(names = "--invariant", paramLabel = "NAME", arity = "1..*",
            description = "The invariants to prove, as one conjunction (default: those the model checks).")
    List<String> invariants = new ArrayList<>();

    @Option(names = "--bmc", paramLabel = "K", converter = OptionTypes.AtLeastZero.class,
            description = "Also run bounded model checking from the initial states up to K >= 0 steps.")
    Integer bmc;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "30",
            description = "Timeout of each Z3 query, e.g. 30 (seconds), 500ms, 2m (default: ${DEFAULT-VALUE} s).")
    Duration timeout;

    /** The prover's options; without --bmc, no bounded model checking (depth -1). */
    Prover.Options options() { return new Prover.Options(invariants, bmc == null ? -1 : bmc, timeout); }
}
