package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code explore --random-walks}: a seeded run finds a library bug, the reported seed replays it, bad options are 2. */
class RandomWalksCommandTest {
    static final String EAGER = "../specs/buggy/two-phase-commit-eager.lstep";
    static final String SPEC = CliTest.TWO_PHASE.toString();

    static CliTest.Run explore(String... args) {
        List<String> all = new ArrayList<>(List.of("explore"));
        all.addAll(Arrays.asList(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    static String after(String text, String marker) {
        int i = text.indexOf(marker);
        assertTrue(i >= 0, () -> "no '" + marker + "' in\n" + text);
        return text.substring(i);
    }

    @Test
    void aSeededRunFindsTheBugOfABuggySpecAndItsReplayCommandGivesTheSameTrace() {
        CliTest.Run r = explore(EAGER, "--model", "small", "--random-walks", "200", "--depth", "30", "--seed", "5");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Result: invariant Consistent is violated in walk "), r.out());
        String counterexample = after(r.out(), "Counterexample (");
        String marker = "Replay this walk alone: lockstep ";
        String replay = after(r.out(), marker).substring(marker.length()).strip();
        assertTrue(replay.startsWith("explore " + EAGER + " --model small --random-walks 1 --depth 30 --seed "), replay);

        CliTest.Run again = CliTest.run(replay.split(" "));
        assertEquals(1, again.exit(), again.out() + again.err());
        assertTrue(again.out().contains("is violated in walk 0 (seed "), again.out());
        assertEquals(counterexample, after(again.out(), "Counterexample ("));
    }

    @Test
    void theJsonDocumentCarriesTheWalksSeedAndTraceAndTheSeedReplaysIt() throws IOException {
        CliTest.Run r = explore(EAGER, "--model", "small", "--random-walks", "200", "--depth", "30", "--format", "json");
        assertEquals(1, r.exit(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("random-walks", json.get("mode").asText());
        assertEquals("invariant-violated", json.get("status").asText());
        assertEquals("Consistent", json.get("violated").asText());
        long index = json.get("walk").get("index").asLong();
        long seed = json.get("walk").get("seed").asLong();
        assertEquals(index, seed); // --seed 0: walk i has seed i
        assertEquals(index + 1, json.get("walks").asLong());
        JsonNode trace = json.get("counterexample");
        assertTrue(trace.size() >= 2, trace::toString);

        CliTest.Run replay = explore(EAGER, "--model", "small", "--random-walks", "1", "--depth", "30", "--seed",
                Long.toString(seed), "--format", "json");
        JsonNode replayed = new ObjectMapper().readTree(replay.out());
        assertEquals(trace, replayed.get("counterexample"));
        assertEquals(seed, replayed.get("walk").get("seed").asLong());
    }

    @Test
    void aHoldingSpecRunsEveryWalkToItsDepthAndReportsTheFigures() throws IOException {
        // Two-phase commit on a set network never deadlocks (a delivered message stays deliverable), so each of the
        // 40 walks takes all 15 steps.
        CliTest.Run r = explore(SPEC, "--model", "small", "--random-walks", "40", "--depth", "15", "--format", "json");
        assertEquals(0, r.exit(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("no-violation-found", json.get("status").asText());
        assertEquals(40, json.get("walks").asLong());
        assertEquals(600, json.get("steps").asLong());
        assertEquals(15, json.get("longestWalk").asInt());
        assertEquals(0, json.get("deadEnds").asLong());
        assertTrue(json.get("generated").asLong() > 600, json::toString);
        assertTrue(json.get("walk").isNull() && json.get("counterexample").isNull(), json::toString);

        CliTest.Run text = explore(SPEC, "--model", "small", "--random-walks", "40", "--depth", "15");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("Result: no violation found in 40 random walks (not exhaustive"), text.out());
        assertTrue(text.out().contains("walks             40 of 40"), text.out());
        assertTrue(text.out().contains("steps             600"), text.out());
    }

    @Test
    void progressLinesShowTheWalksAndTheMemory() {
        CliTest.Run r = explore(SPEC, "--model", "rm5", "--random-walks", "300", "--depth", "40", "--progress-seconds",
                "1ms");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.err().matches("(?s).*progress: [\\d,]+ of 300 walks, [\\d,]+ steps, [\\d,]+ generated states "
                + "\\([\\d,]+/s\\), heap [\\d,]+ of [\\d,]+ MiB.*"), r.err());
    }

    @Test
    void theSearchsProgressLinesShowTheRateQueueDepthAndMemory() {
        CliTest.Run r = explore(SPEC, "--model", "rm5", "--no-deadlock", "--progress-seconds", "1ms");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.err().matches("(?s).*progress: [\\d,]+ distinct, [\\d,]+ generated, queue [\\d,]+, depth \\d+, "
                + "[\\d,]+ distinct states/s, heap [\\d,]+ of [\\d,]+ MiB.*"), r.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        String[][] cases = {
                {"--random-walks", "0"}, {"--random-walks", "-3"}, {"--random-walks", "many"},
                {"--random-walks", "5", "--depth", "0"}, {"--random-walks", "5", "--depth", "-1"},
                {"--random-walks", "5", "--seed", "x"},
        };
        for (String[] bad : cases) {
            List<String> args = new ArrayList<>(List.of(SPEC, "--model", "small"));
            args.addAll(Arrays.asList(bad));
            CliTest.Run r = explore(args.toArray(String[]::new));
            assertEquals(2, r.exit(), String.join(" ", bad) + ": " + r.out() + r.err());
            assertTrue(r.err().contains("Invalid value for option '--"), r.err());
        }
    }

    @Test
    void walkOptionsWithoutWalksAndSearchOptionsWithWalksAreRefused() {
        CliTest.Run depth = explore(SPEC, "--model", "small", "--depth", "10");
        assertEquals(2, depth.exit(), depth.out() + depth.err());
        assertTrue(depth.err().contains("--depth is an option of --random-walks"), depth.err());

        CliTest.Run seed = explore(SPEC, "--model", "small", "--seed", "10");
        assertEquals(2, seed.exit(), seed.out() + seed.err());
        assertTrue(seed.err().contains("--seed is an option of --random-walks"), seed.err());

        CliTest.Run maxStates = explore(SPEC, "--model", "small", "--random-walks", "3", "--max-states", "10");
        assertEquals(2, maxStates.exit(), maxStates.out() + maxStates.err());
        assertTrue(maxStates.err().contains("--max-states is an option of the breadth-first search"), maxStates.err());
        assertTrue(maxStates.out().isEmpty(), maxStates.out());

        CliTest.Run resume = explore(SPEC, "--model", "small", "--random-walks", "3", "--resume", "saved");
        assertEquals(2, resume.exit(), resume.out() + resume.err());
        assertTrue(resume.err().contains("--resume is an option of the breadth-first search"), resume.err());
    }
}
