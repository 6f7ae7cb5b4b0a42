package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lockstep replay} on traces that {@code simulate --trace-dir} wrote from the same spec's generated machines:
 * byte-identical without edits, what-if edits with their departure and verdict, bad input.
 */
class ReplayCommandTest {
    static final String TPC = CliTest.TWO_PHASE.toString();
    static final String PAXOS = "../specs/paxos.lstep";
    static final String EAGER = SpecFileRuntimeCommandsTest.EAGER;

    @TempDir
    Path dir;

    /** simulate's traces of 2PC seed 24, shared: every RM prepares and the TM commits (pinned in the tests). */
    @TempDir
    static Path shared;

    private static Path committed;

    @BeforeAll
    static void recordTwoPhaseCommit() {
        committed = simulate(shared, TPC, 24, "200");
    }

    /** One seed's traces from simulate (no faults: the run is a function of the seed). */
    private static Path simulate(Path dir, String spec, long seed, String steps) {
        Path traces = dir.resolve(Path.of(spec).getFileName() + "-" + seed);
        CliTest.Run r = CliTest.run("simulate", spec, "--model", "small", "--seed", String.valueOf(seed), "--steps", steps,
                "--trace-dir", traces.toString());
        assertTrue(r.exit() == 0 || r.exit() == 1, r.out() + r.err());
        return traces.resolve("seed-" + seed);
    }

    private int outs;

    /** {@code lockstep replay}, its new traces in a fresh folder under {@link #dir} unless {@code args} names one. */
    private CliTest.Run replay(String spec, Path traces, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("replay", spec, "--model", "small", traces.toString()));
        args.addAll(List.of(more));
        if (!args.contains("--out")) args.addAll(List.of("--out", dir.resolve("replayed-" + ++outs).toString()));
        return CliTest.run(args.toArray(String[]::new));
    }

    private JsonNode replayJson(int exit, String spec, Path traces, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(more));
        args.addAll(List.of("--format", "json"));
        CliTest.Run r = replay(spec, traces, args.toArray(String[]::new));
        assertEquals(exit, r.exit(), r.out() + r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void aPlainReplayOfTwoPhaseCommitAndPaxosWritesTheRecordedBytes() throws Exception {
        for (String spec : List.of(TPC, PAXOS)) {
            Path traces = spec.equals(TPC) ? committed : simulate(dir, spec, 3, "300");
            Path out = dir.resolve("out-" + Path.of(spec).getFileName());
            JsonNode j = replayJson(0, spec, traces, "--out", out.toString());
            assertEquals("conforms", j.get("status").asText());
            assertTrue(j.get("identical").asBoolean());
            assertTrue(j.get("completed").asBoolean());
            assertEquals(j.get("events").asInt(), j.get("replayed").asInt());
            try (var files = Files.list(traces)) {
                for (Path f : files.toList()) {
                    assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(out.resolve(f.getFileName())),
                            spec + " " + f.getFileName());
                }
            }
        }
    }

    /**
     * Exchanges replay through the machines' f1/f2/f3 (start, serve, commit or rollback), including the refusals no
     * trace records (their message ids are skipped), and each committed one is shown as one atomic step.
     */
    @Test
    void aPlainReplayOfExchangesWritesTheRecordedBytesAndCountsEachExchangeAsOneStep() throws Exception {
        String spec = "../specs/minfinder-pairwise.lstep";
        Path traces = simulate(dir, spec, 5, "300");
        Path out = dir.resolve("out-exchanges");
        JsonNode j = replayJson(0, spec, traces, "--out", out.toString());
        assertEquals("conforms", j.get("status").asText(), j.toString());
        assertTrue(j.get("identical").asBoolean(), j.toString());
        long commits = 0, rollbacks = 0;
        try (var files = Files.list(traces)) {
            for (Path f : files.toList()) {
                assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(out.resolve(f.getFileName())), f.toString());
                for (String line : Files.readAllLines(f)) {
                    boolean initiator = line.contains("\"params\":{\"peer\"") && line.contains("\"sent\":[]");
                    if (initiator && line.contains("\"consumed\"")) commits++;
                    else if (initiator) rollbacks++;
                }
            }
        }
        assertTrue(commits > 10, "commits: " + commits);
        assertEquals(commits, j.get("exchanges").get("atomic").asLong());
        assertEquals(rollbacks, j.get("exchanges").get("rolledBack").asLong());
        CliTest.Run text = replay(spec, traces);
        assertTrue(text.out().contains("exchanges         " + commits + " replayed as atomic steps"), text.out());
    }

    @Test
    void aPlainReplayThatDoesNotReproduceTheRecordedBytesExitsOne() throws Exception {
        Path traces = dir.resolve("respaced");
        Files.createDirectories(traces);
        try (var files = Files.list(committed)) {
            for (Path f : files.toList()) {
                Files.writeString(traces.resolve(f.getFileName()), Files.readString(f).replace(",\"", ", \""));
            }
        }
        JsonNode j = replayJson(1, TPC, traces);
        assertEquals("differs", j.get("status").asText());
        assertEquals(false, j.get("identical").asBoolean());
        assertEquals("conforms", j.get("conformance").get("status").asText());
    }

    @Test
    void aLostCommitLeavesR2PreparedAndTheRunStillConforms() throws Exception {
        Path traces = committed;
        assertTrue(Files.readString(traces.resolve("r2.ndjson")).contains("\"step\":2,\"action\":\"ReceiveCommit\""));
        JsonNode j = replayJson(0, TPC, traces, "--edit", "drop:r2#2");
        assertEquals("conforms", j.get("status").asText());
        assertEquals(13, j.get("events").asInt());
        assertEquals(13, j.get("replayed").asInt());
        assertTrue(j.get("firstDeparture").isNull());
        assertEquals("[{\"node\":\"r2\",\"recorded\":{\"state\":\"committed\"},\"replayed\":{\"state\":\"prepared\"}}]",
                j.get("changedFinalStates").toString());
        assertEquals("conforms", j.get("conformance").get("status").asText());
        CliTest.Run text = replay(TPC, traces, "--edit", "drop:r2#2");
        assertTrue(text.out().contains("final state       r2 {\"state\":\"prepared\"} (recorded {\"state\":\"committed\"})"),
                text.out());
    }

    @Test
    void swappingTheLastPreparedBehindCommitDepartsAtCommitsGuard() throws Exception {
        Path traces = committed;
        JsonNode j = replayJson(0, TPC, traces, "--edit", "swap:tm#3");
        assertEquals("conforms", j.get("status").asText());
        assertEquals(9, j.get("replayed").asInt());
        JsonNode first = j.get("firstDeparture");
        assertEquals("tm", first.get("node").asText());
        assertEquals(4, first.get("step").asInt());
        assertEquals("Commit", first.get("action").asText());
        assertTrue(first.get("where").asText().endsWith("tm.ndjson:5"), first.toString());
        assertEquals("the guard of Commit is false in the replayed state {\"prepared\":{\"#set\":[\"r2\",\"r3\"]},"
                + "\"state\":\"init\"}", first.get("reason").asText());
        assertEquals(4, j.get("departures").size()); // and each RM waits for a Commit never sent
    }

    @Test
    void aRecordedViolationReplaysAsOneAndDroppingItsStepConforms() throws Exception {
        Path traces = simulate(dir, EAGER, 1, "300"); // the eager TM commits while r2 has aborted
        JsonNode plain = replayJson(1, EAGER, traces);
        assertEquals("diverges", plain.get("status").asText());
        assertTrue(plain.get("identical").asBoolean());
        JsonNode d = plain.get("conformance").get("divergence");
        assertEquals("invariant-violated", d.get("reason").asText());
        assertEquals("r2", d.get("node").asText());
        JsonNode whatIf = replayJson(0, EAGER, traces, "--edit", "drop:r2#2");
        assertEquals("conforms", whatIf.get("status").asText());
    }

    @Test
    void badEditsOtherSpecsAndMalformedTracesExitTwoNamingTheProblem() throws Exception {
        Path traces = dir.resolve("copy");
        Files.createDirectories(traces);
        try (var files = Files.list(committed)) {
            for (Path f : files.toList()) Files.copy(f, traces.resolve(f.getFileName()));
        }
        for (String edit : List.of("drop:r9#1", "drop:r1#7", "swap:r1#2", "drop:r1", "bogus", "deliver-late:tm#9")) {
            CliTest.Run r = replay(TPC, traces, "--edit", edit);
            assertEquals(2, r.exit(), edit + ": " + r.out() + r.err());
            assertTrue(r.err().contains("--edit " + edit + ": "), r.err());
        }
        CliTest.Run other = replay(PAXOS, traces);
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("r1.ndjson:1: node r1 is not a node of Paxos model small"), other.err());
        CliTest.Run seeds = replay(TPC, committed.getParent());
        assertEquals(2, seeds.exit());
        assertTrue(seeds.err().contains("give one of them"), seeds.err());
        Files.writeString(traces.resolve("r2.ndjson"), "{\"kind\":\"step\",\n", StandardOpenOption.APPEND);
        CliTest.Run malformed = replay(TPC, traces);
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().contains("r2.ndjson:4: "), malformed.err());
    }
}
