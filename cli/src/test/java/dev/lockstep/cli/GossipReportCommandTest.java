package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void theJsonReportCarriesTheSameFiguresAsTheText() throws IOException {
        String[] args = {"simulate", COMPOSED, "--model", "sim", "--report", "convergence", "--seeds", "3", "--rounds",
                "40", "--schedule", "clobber Node.minAddr @20"};
        CliTest.Run text = CliTest.run(args);
        CliTest.Run json = CliTest.run(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--format", "json")).toArray(String[]::new));
        assertEquals(0, json.exit(), json.out() + json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals("settled", doc.get("status").asText());
        assertEquals(40, doc.get("convergence").size(), "one row per round");
        assertEquals(2.0, doc.get("layersPerExchange").asDouble(), 1e-9, "correlated merge of identical views");
        JsonNode addr = doc.get("layers").get(0);
        assertEquals("Node.ByAddr", addr.get("name").asText());
        int afterClobber = addr.get("settled").get(1).get("round").asInt();
        assertEquals(20, addr.get("settled").get(1).get("after").asInt());
        assertTrue(text.out().contains("Node.ByAddr back to 0 changes at round " + addr.get("settled").get(0).get("round")
                .asInt() + ", " + afterClobber + " (after @20)"), text.out());
        // The clobbered layer changed at the disruption: the JSON row of round 20 says so, as the text's does.
        assertTrue(doc.get("convergence").get(19).get("changed").get(0).asDouble() > 0, json.out());
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
