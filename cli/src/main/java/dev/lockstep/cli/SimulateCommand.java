package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockstep simulate}: runs a protocol's machines on the deterministic simulated network, one run per seed,
 * with an optional online check. Exit 0 when no run violates the check, 1 at the first violation (with the seed to
 * replay), 2 for bad input.
 */
@Command(name = "simulate", description = "Run a protocol's machines on the deterministic simulated network with "
        + "faults; replay any run from its seed.")
final class SimulateCommand implements Callable<Integer> {
    @Mixin
    ProtocolSource source;

    @Option(names = "--check", paramLabel = "CLASS", description = "An OnlineCheck class run after every step "
            + "(default with a spec FILE: every step is checked against the spec and its invariants; with "
            + "--descriptor and no --check nothing is checked, and the result says so).")
    String check;

    @Option(names = "--seed", defaultValue = "0", description = "The first seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "1", converter = OptionTypes.AtLeastOne.class,
            description = "How many seeds (at least 1), from --seed on (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "10000", converter = OptionTypes.LongAtLeastOne.class,
            description = "Node steps per run at most, at least 1 (default: ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--drop", paramLabel = "P", defaultValue = "0", converter = OptionTypes.Probability.class,
            description = "Drop probability per message, 0..1; refused unless the network is lossy.")
    double drop;

    @Option(names = "--dup", paramLabel = "P", defaultValue = "0", converter = OptionTypes.Probability.class,
            description = "Duplicate probability per delivery, 0..1; refused unless the network is duplicating or a set.")
    double dup;

    @Option(names = "--crash", paramLabel = "P", defaultValue = "0", converter = OptionTypes.Probability.class,
            description = "Crash probability per event, 0..1.")
    double crash;

    @Option(names = "--trace-dir", paramLabel = "DIR", description = "Write one NDJSON trace per node (DIR/seed-S/NODE.ndjson).")
    Path traceDir;

    @Mixin
    Output output;

    @Override
    public Integer call() {
        OnlineCheck online;
        SimulationOptions base;
        try {
            online = check == null ? OnlineCheck.NONE : RuntimeClasses.check(check);
            base = SimulationOptions.of(seed, steps).withFaults(drop, dup, crash);
        } catch (RuntimeClasses.BadClassException | IllegalArgumentException e) {
            throw output.fail(e.getMessage());
        }
        if (seed > Long.MAX_VALUE - (seeds - 1)) {
            // seed + seeds would overflow, and the loop over the seeds would run no run at all and report "holds".
            throw output.fail("--seed " + seed + " --seeds " + seeds + ": the last seed would be past " + Long.MAX_VALUE);
        }
        output.writableDirectory("--trace-dir", traceDir);
        try (ProtocolSource.Resolved resolved = source.resolve(output)) {
            String refused = faultsTheNetworkCannotHave(resolved.protocol());
            if (refused != null) throw output.fail(refused);
            if (check == null && resolved.spec() == null && output.text()) {
                output.err().println("lockstep simulate: warning: no --check given, so nothing is checked: a run passes "
                        + "unless an action of the descriptor fails");
                output.err().flush();
            }
            SimulationReport report = simulate(resolved, online, base);
            output.emit(report);
            return report.failed() == null ? ExitCodes.HOLDS : ExitCodes.VIOLATION;
        }
    }

    /**
     * A fault asked for that the spec's network does not allow, so that the simulator would silently never inject
     * it (null when every asked fault can happen). Refused rather than warned about: a run that claims to have
     * tested message loss must have been able to lose messages.
     */
    private String faultsTheNetworkCannotHave(ProtocolDescriptor protocol) {
        NetworkSpec n = protocol.network();
        String network = n.kind().name().toLowerCase(Locale.ROOT) + (n.lossy() ? " lossy" : "")
                + (n.duplicating() ? " duplicating" : "");
        if (drop > 0 && !n.lossy()) {
            return "--drop " + drop + ": the network of " + protocol.protocol() + " (" + network + ") is not lossy, so "
                    + "no message would ever be dropped; declare the network lossy in the spec, or leave out --drop";
        }
        if (dup > 0 && !n.duplicating() && n.kind() != NetworkSpec.Kind.SET) {
            return "--dup " + dup + ": the network of " + protocol.protocol() + " (" + network + ") never delivers a "
                    + "message twice; declare it duplicating (or a set) in the spec, or leave out --dup";
        }
        return null;
    }

    /** Runs seed after seed until one fails or all have run. */
    private SimulationReport simulate(ProtocolSource.Resolved resolved, OnlineCheck given, SimulationOptions base) {
        ProtocolDescriptor protocol = resolved.protocol();
        boolean specCheck = check == null && resolved.spec() != null;
        SimulationReport.Totals totals = new SimulationReport.Totals();
        SimulationResult failed = null;
        SimulationResult last = null;
        SpecOnlineCheck lastSpecCheck = null;
        for (long s = seed; s - seed < seeds && failed == null; s++) {
            SimulationOptions o = base.withSeed(s);
            TraceSinks files = traceDir == null ? TraceSinks.OFF : TraceSinks.directory(traceDir.resolve("seed-" + s));
            OnlineCheck online = given;
            if (specCheck) {
                SpecOnlineCheck bySpec = new SpecOnlineCheck(resolved.spec().instance(), "seed " + s);
                online = bySpec;
                files = bySpec.sinks(files);
                lastSpecCheck = bySpec;
            }
            if (files != TraceSinks.OFF) o = o.withTraces(files);
            try {
                last = Simulation.run(protocol, o, online);
            } catch (UncheckedIOException e) {
                throw output.fail(e.getMessage());
            }
            totals.add(last);
            if (!last.ok()) failed = last;
        }
        String replay = failed == null ? null : "lockstep simulate " + source.replayArgs(resolved)
                + (check == null ? "" : " --check " + check) + " --seed " + failed.seed() + " --steps " + steps
                + String.format(Locale.ROOT, " --drop %s --dup %s --crash %s", drop, dup, crash);
        String divergence = failed == null || lastSpecCheck == null ? null
                : lastSpecCheck.divergence().map(ConformanceReport::divergence).orElse(null);
        String checkedBy = specCheck ? "spec" : check != null ? check : "none";
        return new SimulationReport(protocol, checkedBy, seed, failed == null ? seeds : failed.seed() - seed + 1,
                totals, failed, seeds == 1 || failed != null ? (failed != null ? failed : last) : null, divergence,
                replay);
    }
}
