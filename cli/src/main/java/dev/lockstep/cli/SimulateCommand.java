package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lockstep simulate}: runs a protocol's machines on the deterministic simulated network, one run per seed,
 * with an optional online check. Exit 0 when no run violates the check, 1 at the first violation (with the seed to
 * replay), 2 for bad input.
 */
@Command(name = "simulate", description = "Run a protocol's machines on the deterministic simulated network with "
        + "faults; replay any run from its seed.")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OnlineCheck online;
        SimulationOptions base;
        try {
            online = check == null ? OnlineCheck.NONE : RuntimeClasses.check(check);
            base = SimulationOptions.of(seed, steps).withFaults(drop, dup, crash);
        } catch (RuntimeClasses.BadClassException | IllegalArgumentException e) {
            err.println("lockstep simulate: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (seed > Long.MAX_VALUE - (seeds - 1)) {
            // seed + seeds would overflow, and the loop over the seeds would run no run at all and report "holds".
            err.println("lockstep simulate: --seed " + seed + " --seeds " + seeds + ": the last seed would be past "
                    + Long.MAX_VALUE);
            return Main.BAD_INPUT;
        }
        String traceProblem = traceDir == null ? null : IoErrors.prepareDirectory("--trace-dir", traceDir);
        if (traceProblem != null) {
            err.println("lockstep simulate: " + traceProblem);
            return Main.BAD_INPUT;
        }
        try (ProtocolSource.Resolved resolved = source.resolve("simulate", format, out, err)) {
            if (resolved == null) return Main.BAD_INPUT;
            String refused = faultsTheNetworkCannotHave(resolved.protocol());
            if (refused != null) {
                err.println("lockstep simulate: " + refused);
                err.flush();
                return Main.BAD_INPUT;
            }
            if (check == null && resolved.spec() == null && format == OutputFormat.text) {
                err.println("lockstep simulate: warning: no --check given, so nothing is checked: a run passes unless "
                        + "an action of the descriptor fails");
                err.flush();
            }
            return simulate(resolved, online, base, out, err);
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

    private int simulate(ProtocolSource.Resolved resolved, OnlineCheck given, SimulationOptions base, PrintWriter out,
                         PrintWriter err) {
        ProtocolDescriptor protocol = resolved.protocol();
        boolean specCheck = check == null && resolved.spec() != null;
        boolean nothingChecked = given == OnlineCheck.NONE && !specCheck;
        long totalSteps = 0;
        long delivered = 0;
        long dropped = 0;
        long duplicated = 0;
        long crashes = 0;
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
            SimulationResult r;
            try {
                r = Simulation.run(protocol, o, online);
            } catch (UncheckedIOException e) {
                err.println("lockstep simulate: " + e.getMessage());
                return Main.BAD_INPUT;
            }
            totalSteps += r.steps();
            delivered += r.delivered();
            dropped += r.dropped();
            duplicated += r.duplicated();
            crashes += r.crashes();
            last = r;
            if (!r.ok()) failed = r;
        }
        String replay = failed == null ? null : "lockstep simulate " + source.replayArgs(resolved)
                + (check == null ? "" : " --check " + check) + " --seed " + failed.seed() + " --steps " + steps
                + String.format(Locale.ROOT, " --drop %s --dup %s --crash %s", drop, dup, crash);
        if (format == OutputFormat.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("protocol", protocol.protocol());
            json.put("model", protocol.model());
            json.put("status", failed != null ? "violation" : nothingChecked ? "not-checked" : "holds");
            json.put("check", specCheck ? "spec" : check != null ? check : "none");
            json.put("firstSeed", seed);
            json.put("runs", failed == null ? seeds : failed.seed() - seed + 1);
            json.put("steps", totalSteps);
            json.put("delivered", delivered);
            json.put("dropped", dropped);
            json.put("duplicated", duplicated);
            json.put("crashes", crashes);
            if (failed != null) {
                SimulationResult.Failure f = failed.failure().get();
                Map<String, Object> violation = new LinkedHashMap<>(Map.of("seed", f.seed(), "step", f.step(), "node",
                        f.node(), "action", f.action(), "reason", f.reason(), "replay", replay));
                if (lastSpecCheck != null && lastSpecCheck.divergence().isPresent()) {
                    violation.put("divergence", ConformanceReport.divergence(lastSpecCheck.divergence().get()));
                }
                json.put("violation", violation);
            }
            if (seeds == 1 || failed != null) json.put("finalStates", states(failed != null ? failed : last));
            out.println(Json.write(json));
        } else {
            out.printf(Locale.ROOT, "Simulated %s (model %s): %d run(s) from seed %d, %,d steps, %,d deliveries, "
                            + "%,d dropped, %,d duplicated, %,d crashes%n", protocol.protocol(), protocol.model(),
                    failed == null ? seeds : failed.seed() - seed + 1, seed, totalSteps, delivered, dropped,
                    duplicated, crashes);
            if (failed == null) {
                out.println("Result: " + (nothingChecked ? "nothing checked (no --check given); no action failed"
                        : specCheck ? "holds (every step conforms to the spec, invariants hold)" : "holds"));
            } else {
                out.println("Result: violation at " + failed.failure().get());
                if (lastSpecCheck != null && lastSpecCheck.divergence().isPresent()) {
                    out.print(ConformanceReport.divergence(lastSpecCheck.divergence().get()));
                }
                out.println("Replay: " + replay);
                out.println("Final states:");
                states(failed).forEach((n, st) -> out.println("  " + n + " = " + Json.write(st).replaceAll("\\s+", " ")));
            }
        }
        out.flush();
        return failed == null ? Main.HOLDS : Main.VIOLATION;
    }

    private static Map<String, Object> states(SimulationResult r) {
        Map<String, Object> out = new TreeMap<>();
        r.finalStates().forEach((n, s) -> out.put(n.name(), Itf.encode(s)));
        return out;
    }
}
