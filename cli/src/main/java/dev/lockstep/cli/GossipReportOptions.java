package dev.lockstep.cli;

import dev.lockstep.cli.report.ConvergencePlot;
import dev.lockstep.lang.gossip.ConvergenceReport;
import dev.lockstep.lang.gossip.GossipSimulation;
import dev.lockstep.lang.gossip.Schedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code simulate --report convergence} (docs/gossip.md): the spec's gossip protocols run in rounds on the model
 * (exchanges as the model's atomic steps, views sampled with their weights, rates as Poisson means), with scripted
 * disruptions, reporting rates and per-round convergence per layer (text or {@code --format json}), and an SVG
 * plot. A picocli mixin of
 * {@code simulate}, kept apart from the simulation of generated machines.
 */
final class GossipReportOptions {
    @Option(names = "--report", paramLabel = "KIND", description = "convergence: run the spec's gossip protocols "
            + "(exchanges and compositions) in rounds and report the actual and effective rates and, per round and "
            + "layer, the share of nodes whose state changed (docs/gossip.md).")
    String report;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "150", converter = OptionTypes.AtLeastOne.class,
            description = "With --report convergence: rounds per run (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--schedule", paramLabel = "SCRIPT", description = "With --report convergence: disruptions, as in "
            + "'crash 10%% @40; restart @70; clobber Role.var @100'.")
    String schedule;

    @Option(names = "--plot", paramLabel = "FILE", description = "With --report convergence: write the convergence "
            + "plot (SVG) to FILE.")
    Path plot;

    boolean requested() { return report != null; }

    /** Runs the report; exit 0 when every layer settled after the start and each disruption, 1 when one did not. */
    int run(ProtocolSource source, SeedRange seeds, Output output) {
        if (!report.equals("convergence")) throw output.fail("--report " + report + ": the only report is convergence");
        if (source.file == null) throw output.fail("--report convergence needs a spec FILE");
        if (seeds.refusal() != null) throw output.fail(seeds.refusal());
        Schedule script;
        try {
            script = schedule == null ? Schedule.NONE : Schedule.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw output.fail("--schedule: " + e.getMessage());
        }
        output.writableFile("--plot", plot);
        LoadedModel.Attempt attempt = LoadedModel.load(source.file, source.model);
        LoadedModel loaded = attempt.loaded().orElseThrow(() -> output.badInput(attempt.problems()));
        output.warnings(loaded.warnings());
        GossipSimulation sim = new GossipSimulation(loaded.instance());
        if (sim.protocols().isEmpty()) throw output.fail(source.file + " has no exchange to simulate");
        ConvergenceReport r;
        try {
            sim.validate(script);
            r = ConvergenceReport.measure(sim, seeds.first, seeds.count, rounds, script);
        } catch (IllegalArgumentException e) {
            throw output.fail(e.getMessage());
        }
        String title = loaded.spec().name() + ", model " + loaded.instance().model().name() + ": " + seeds.count
                + " seed(s) x " + rounds + " rounds" + (schedule == null ? "" : ", " + schedule);
        if (plot != null) {
            try {
                Files.writeString(plot, ConvergencePlot.svg(r, title));
            } catch (IOException e) {
                throw output.fail("--plot " + plot + ": " + e.getMessage());
            }
        }
        output.emit(new ConvergenceReportOutput(title, loaded.spec().name(), loaded.instance().model().name(),
                seeds.first, seeds.count, schedule, plot, r));
        return r.settledEveryTime() ? ExitCodes.HOLDS : ExitCodes.VIOLATION;
    }
}
