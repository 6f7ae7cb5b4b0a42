package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.runtime.api.Itf;
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
            + "(default with a spec FILE: every step is checked against the spec and its invariants).")
    String check;

    @Option(names = "--seed", defaultValue = "0", description = "The first seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--seeds", defaultValue = "1", description = "How many seeds, from --seed on (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--steps", defaultValue = "10000", description = "Node steps per run at most (default: ${DEFAULT-VALUE}).")
    long steps;

    @Option(names = "--drop", defaultValue = "0", description = "Drop probability per message (lossy networks only).")
    double drop;

    @Option(names = "--dup", defaultValue = "0", description = "Duplicate probability per delivery (duplicating or set networks only).")
    double dup;

    @Option(names = "--crash", defaultValue = "0", description = "Crash probability per event.")
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
            if (seeds < 1) throw new IllegalArgumentException("--seeds must be at least 1");
            base = SimulationOptions.of(seed, steps).withFaults(drop, dup, crash);
        } catch (RuntimeClasses.BadClassException | IllegalArgumentException e) {
            err.println("lockstep simulate: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        try (ProtocolSource.Resolved resolved = source.resolve("simulate", format, out, err)) {
            if (resolved == null) return Main.BAD_INPUT;
            return simulate(resolved, online, base, out, err);
        }
    }

    private int simulate(ProtocolSource.Resolved resolved, OnlineCheck given, SimulationOptions base, PrintWriter out,
                         PrintWriter err) {
        ProtocolDescriptor protocol = resolved.protocol();
        boolean specCheck = check == null && resolved.spec() != null;
        long totalSteps = 0;
        long delivered = 0;
        long dropped = 0;
        long duplicated = 0;
        long crashes = 0;
        SimulationResult failed = null;
        SimulationResult last = null;
        SpecOnlineCheck lastSpecCheck = null;
        for (long s = seed; s < seed + seeds && failed == null; s++) {
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
            json.put("status", failed == null ? "holds" : "violation");
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
                out.println("Result: " + (given == OnlineCheck.NONE && !specCheck ? "no check given, no action failed"
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
