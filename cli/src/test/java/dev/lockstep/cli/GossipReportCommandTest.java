package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --report convergence} (docs/gossip.md): rates, convergence per layer, the plot, exit codes. */
class GossipReportCommandTest {
    static final String COMPOSED = "../specs/minfinder-composed.lstep";

    @Test
    void reportsRatesAndConvergenceAndWritesThePlot(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("plots/convergence.svg");
        CliTest.Run r = CliTest.run("simulate", COMPOSED, "--model", "sim", "--report", "convergence", "--seeds", "3",
                "--rounds", "40", "--schedule", "clobber Node.minAddr @20", "--plot", svg.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Node.Both (correlated)") && r.out().contains("2.00 layers per exchange"), r.out());
        assertTrue(r.out().contains("Node.ByAddr back to 0 changes at round"), r.out());
        assertTrue(Files.readString(svg).startsWith("<svg"), "an SVG plot");
    }

    @Test
    void aLayerThatHasNotSettledByTheLastRoundIsExitOne() {
        CliTest.Run r = CliTest.run("simulate", COMPOSED, "--model", "sim", "--report", "convergence", "--rounds", "2");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("back to 0 changes at round never"), r.out());
    }

    @Test
    void badSchedulesReportsAndSpecsAreExitTwo() {
        CliTest.Run schedule = CliTest.run("simulate", COMPOSED, "--model", "sim", "--report", "convergence",
                "--schedule", "crash ten @4");
        assertEquals(2, schedule.exit(), schedule.err());
        assertTrue(schedule.err().contains("cannot read 'crash ten @4'"), schedule.err());
        CliTest.Run clobber = CliTest.run("simulate", COMPOSED, "--model", "sim", "--report", "convergence",
                "--schedule", "clobber Node.nothing @4");
        assertEquals(2, clobber.exit(), clobber.err());
        assertTrue(clobber.err().contains("role Node has no variable nothing"), clobber.err());
        CliTest.Run kind = CliTest.run("simulate", COMPOSED, "--model", "sim", "--report", "views");
        assertEquals(2, kind.exit(), kind.err());
        CliTest.Run noGossip = CliTest.run("simulate", CliTest.TWO_PHASE.toString(), "--model", "small", "--report",
                "convergence");
        assertEquals(2, noGossip.exit(), noGossip.err());
        assertTrue(noGossip.err().contains("no exchange to simulate"), noGossip.err());
    }
}
