package dev.lockstep.cli;

import dev.lockstep.cluster.BatchJob;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.cli.report.ReportPage;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    @Mixin
    ClusterOptions cluster;

    @Mixin
    GossipReportOptions gossip;

    /** The most seeds {@code --html} lists one by one (failing seeds are listed anyway). */
    static final int LISTED_SEEDS = 1000;

    @Override
    public Integer call() {
        if (gossip.requested()) return gossip.run(source, seeds, output);
        OnlineCheck online;
        SimulationOptions base;
        try {
            online = check == null ? OnlineCheck.NONE : RuntimeClasses.check(check);
            base = faults.applyTo(SimulationOptions.of(seeds.first, steps));
        } catch (RuntimeClasses.BadClassException | IllegalArgumentException e) {
            throw output.fail(e.getMessage());
        }
        if (seeds.refusal() != null) throw output.fail(seeds.refusal());
        if (cluster.requested()) {
            ClusterOptions.refuseUnsupported(output, "every member compiles the spec's Java and checks the runs against "
                    + "the spec; traces and reports are written on this machine only",
                    source.descriptor == null ? null : "--descriptor", check == null ? null : "--check",
                    traceDir == null ? null : "--trace-dir", html.requested() ? "--html" : null);
        }
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
            SimulationReport report = cluster.requested() ? onCluster(resolved, base)
                    : simulate(resolved, online, base, recorded, seedRows);
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
        SeedRuns.Hooks hooks = new SeedRuns.Hooks() {
            @Override
            public TraceSinks files(long seed) {
                TraceSinks files = traceDir == null ? TraceSinks.OFF : TraceSinks.directory(traceDir.resolve("seed-" + seed));
                return recorded == null ? files : recorded.nextRun(files);
            }

            @Override
            public void ran(SimulationResult r) {
                if (recorded != null && (seedRows.size() < LISTED_SEEDS || !r.ok())) seedRows.add(seedRow(r));
            }
        };
        SeedRuns.Outcome o;
        try {
            o = runs(resolved, given, base).run(seeds.first, seeds.count, hooks);
        } catch (UncheckedIOException e) {
            throw output.fail(e.getMessage());
        }
        SimulationResult failed = o.failed();
        return report(resolved, failed == null ? seeds.count : failed.seed() - seeds.first + 1, o.totals(), o,
                seeds.count == 1 || failed != null ? o.last() : null);
    }

    /** The loop over the seeds, with the spec's check when no --check is given. */
    private SeedRuns runs(ProtocolSource.Resolved resolved, OnlineCheck given, SimulationOptions base) {
        boolean specCheck = check == null && resolved.spec() != null;
        return new SeedRuns(resolved.protocol(), specCheck ? resolved.spec().instance() : null, given, base);
    }

    /**
     * {@code --cluster}: the members run the seeds and send back their sums and the first failing seed; that seed
     * (or the only seed) is replayed here, for its trace summary, as a replay on this machine would show it.
     */
    private SimulationReport onCluster(ProtocolSource.Resolved resolved, SimulationOptions base) {
        SwarmSimulation.Found found = cluster.onCluster(output, (hz, name) -> {
            long start = System.nanoTime();
            SwarmSimulation.Found f = SwarmSimulation.run(new BatchJob(hz),
                    ClusterOptions.job(resolved.spec(), source.file), steps, base.drop(), base.dup(), base.crash(),
                    seeds.first, seeds.count);
            double seconds = (System.nanoTime() - start) / 1e9;
            output.textLine(String.format(Locale.ROOT, "On cluster '%s': %d worker(s), %d batches of seeds, %,d runs "
                    + "in %.1f s (%,.0f runs/s, with the members' compilation of the spec)", name, f.members(),
                    f.batches(), f.runs(), seconds, f.runs() / seconds));
            return f;
        });
        boolean failed = found.failedSeed() != Long.MIN_VALUE;
        SeedRuns.Outcome replayed = null;
        if (failed || seeds.count == 1) {
            long seed = failed ? found.failedSeed() : seeds.first;
            replayed = runs(resolved, OnlineCheck.NONE, base).run(seed, 1, SeedRuns.NO_HOOKS);
            boolean same = failed ? replayed.failed() != null
                    && replayed.failed().failure().get().step() == found.failedStep() : replayed.failed() == null;
            if (!same) throw new IllegalStateException("seed " + seed + " replayed on this machine does not end as it "
                    + "ended on the cluster: the simulation is not deterministic across JVMs");
        }
        return report(resolved, found.runs(), found.totals(), replayed, replayed == null ? null : replayed.last());
    }

    private SimulationReport report(ProtocolSource.Resolved resolved, long runs, SimulationReport.Totals totals,
                                    SeedRuns.Outcome failing, SimulationResult shown) {
        SimulationResult failed = failing == null ? null : failing.failed();
        String replay = failed == null ? null : "lockstep simulate " + source.replayArgs(resolved)
                + (check == null ? "" : " --check " + check) + " --seed " + failed.seed() + " --steps " + steps + " "
                + faults.replayArgs();
        String checkedBy = check == null && resolved.spec() != null ? "spec" : check != null ? check : "none";
        return new SimulationReport(resolved.protocol(), checkedBy, seeds.first, runs, totals, failed, shown,
                failed == null ? null : failing.divergence(), replay);
    }

    private static ReportPage.Row seedRow(SimulationResult r) {
        String outcome = r.failure().map(f -> "violation: " + f.reason()).orElse("ok");
        return new ReportPage.Row(!r.ok(), List.of(String.valueOf(r.seed()), outcome, String.valueOf(r.steps()),
                String.valueOf(r.delivered()), String.valueOf(r.dropped()), String.valueOf(r.duplicated()),
                String.valueOf(r.crashes())));
    }
}
