package dev.lockstep.cli;

import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.cli.report.ReportPage;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
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

    @Mixin
    SeedRange seeds;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "10000", converter = OptionTypes.LongAtLeastOne.class,
            description = "Node steps per run at most, at least 1 (default: ${DEFAULT-VALUE}).")
    long steps;

    @Mixin
    NetworkFaults faults;

    @Option(names = "--trace-dir", paramLabel = "DIR", description = "Write one NDJSON trace per node (DIR/seed-S/NODE.ndjson).")
    Path traceDir;

    @Mixin
    Output output;

    @Mixin
    HtmlOption html;

    /** The most seeds {@code --html} lists one by one (failing seeds are listed anyway). */
    static final int LISTED_SEEDS = 1000;

    @Override
    public Integer call() {
        OnlineCheck online;
        SimulationOptions base;
        try {
            online = check == null ? OnlineCheck.NONE : RuntimeClasses.check(check);
            base = faults.applyTo(SimulationOptions.of(seeds.first, steps));
        } catch (RuntimeClasses.BadClassException | IllegalArgumentException e) {
            throw output.fail(e.getMessage());
        }
        if (seeds.refusal() != null) throw output.fail(seeds.refusal());
        output.writableDirectory("--trace-dir", traceDir);
        html.prepare(output);
        try (ProtocolSource.Resolved resolved = source.resolve(output)) {
            String refused = faults.refusedBy(resolved.protocol());
            if (refused != null) throw output.fail(refused);
            if (check == null && resolved.spec() == null && output.text()) {
                output.err().println("lockstep simulate: warning: no --check given, so nothing is checked: a run passes "
                        + "unless an action of the descriptor fails");
                output.err().flush();
            }
            RecordingSinks recorded = html.requested() ? new RecordingSinks() : null;
            List<ReportPage.Row> seedRows = new ArrayList<>();
            SimulationReport report = simulate(resolved, online, base, recorded, seedRows);
            output.emit(report);
            if (recorded != null) {
                html.write(HtmlReports.simulate(report, new ReportPage.Table("seeds", "Seeds", List.of("seed", "outcome",
                        "steps", "delivered", "dropped", "duplicated", "crashes"), seedRows), recorded), output);
            }
            return report.failed() == null ? ExitCodes.HOLDS : ExitCodes.VIOLATION;
        }
    }

    /**
     * Runs seed after seed until one fails or all have run; with {@code recorded} (for {@code --html}), records the
     * runs' events and a row per seed into {@code seedRows}.
     */
    private SimulationReport simulate(ProtocolSource.Resolved resolved, OnlineCheck given, SimulationOptions base,
                                      RecordingSinks recorded, List<ReportPage.Row> seedRows) {
        ProtocolDescriptor protocol = resolved.protocol();
        boolean specCheck = check == null && resolved.spec() != null;
        SimulationReport.Totals totals = new SimulationReport.Totals();
        SimulationResult failed = null;
        SimulationResult last = null;
        SpecOnlineCheck lastSpecCheck = null;
        for (long s = seeds.first; seeds.contains(s) && failed == null; s++) {
            SimulationOptions o = base.withSeed(s);
            TraceSinks files = traceDir == null ? TraceSinks.OFF : TraceSinks.directory(traceDir.resolve("seed-" + s));
            if (recorded != null) files = recorded.nextRun(files);
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
            if (recorded != null && (seedRows.size() < LISTED_SEEDS || !last.ok())) seedRows.add(seedRow(last));
        }
        String replay = failed == null ? null : "lockstep simulate " + source.replayArgs(resolved)
                + (check == null ? "" : " --check " + check) + " --seed " + failed.seed() + " --steps " + steps + " "
                + faults.replayArgs();
        String divergence = failed == null || lastSpecCheck == null ? null
                : lastSpecCheck.divergence().map(ConformanceReport::divergence).orElse(null);
        String checkedBy = specCheck ? "spec" : check != null ? check : "none";
        return new SimulationReport(protocol, checkedBy, seeds.first,
                failed == null ? seeds.count : failed.seed() - seeds.first + 1, totals, failed,
                seeds.count == 1 || failed != null ? (failed != null ? failed : last) : null, divergence,
                replay);
    }

    private static ReportPage.Row seedRow(SimulationResult r) {
        String outcome = r.failure().map(f -> "violation: " + f.reason()).orElse("ok");
        return new ReportPage.Row(!r.ok(), List.of(String.valueOf(r.seed()), outcome, String.valueOf(r.steps()),
                String.valueOf(r.delivered()), String.valueOf(r.dropped()), String.valueOf(r.duplicated()),
                String.valueOf(r.crashes())));
    }
}
