package dev.lockstep.conformance.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.RecordedRun;
import dev.lockstep.conformance.ReplayInputException;
import dev.lockstep.conformance.ReplayResult;
import dev.lockstep.conformance.TraceReplay;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TraceReplay} on runs of the runtime's hand-written two-phase commit machines (set network, the TM waits a
 * minute before it aborts): a plain replay writes the recorded bytes again; edits drop and reorder events, and the
 * replay reports where the run departs and how the new traces fare against the spec.
 */
class TraceReplayTest {
    private static final NetworkSpec SET = new NetworkSpec(NetworkSpec.Kind.SET, false, false);

    @TempDir
    Path dir;

    private ModelInstance model;

    @BeforeEach
    void loadSpec() throws IOException {
        Path file = dir.resolve("two-phase-commit.lstep");
        Files.writeString(file, SpecOnlineCheckTest.spec("set"));
        model = ConformanceHarness.load(file, "rm3");
    }

    private static TwoPhaseCommit machines() { return new TwoPhaseCommit.Patient(); }

    private Path record(long seed, double dup) {
        Path traces = dir.resolve("seed-" + seed);
        Simulation.run(machines(), SimulationOptions.of(seed, 200).withFaults(0, dup, 0)
                .withTraces(TraceSinks.directory(traces)), OnlineCheck.NONE);
        return traces;
    }

    /** The first seed whose run commits at every RM (so that the TM's Commit and three receives of it are recorded). */
    private Path committedRun() throws IOException {
        for (long seed = 1; ; seed++) {
            Path traces = record(seed, 0);
            boolean all = true;
            for (String rm : List.of("r1", "r2", "r3")) {
                all &= Files.readString(traces.resolve(rm + ".ndjson")).contains("\"action\":\"ReceiveCommit\"");
            }
            if (all) return traces;
        }
    }

    private static List<RecordedRun.Recorded> events(Path traces, String node) {
        return RecordedRun.read(traces).nodes().get(node).events();
    }

    private ReplayResult replay(Path traces, String... edits) throws IOException {
        return new TraceReplay(machines(), model).replay(RecordedRun.read(traces), List.of(edits),
                dir.resolve("out-" + traces.getFileName() + "-" + String.join("+", edits).replace(':', '_')));
    }

    @Test
    void aPlainReplayWritesTheRecordedTracesByteForByte() throws IOException {
        for (long seed = 1; seed <= 15; seed++) {
            Path traces = record(seed, 0.3); // re-deliveries: the same message id received twice
            ReplayResult r = replay(traces);
            assertEquals(Boolean.TRUE, r.identical(), "seed " + seed + ": " + r.firstDifference());
            assertTrue(r.completed(), "seed " + seed + ": " + r.departures());
            assertEquals(r.events(), r.replayed());
            assertTrue(r.changes().isEmpty());
            assertEquals(ConformanceResult.Status.CONFORMS, r.verdict().status(), "seed " + seed);
        }
    }

    @Test
    void aPlainReplayNamesTheFirstTraceItDoesNotReproduce() throws IOException {
        Path traces = record(2, 0);
        Path r2 = traces.resolve("r2.ndjson");
        Files.writeString(r2, Files.readString(r2).replace("\"step\":", "\"step\": ")); // the same events, other bytes
        ReplayResult r = replay(traces);
        assertEquals(Boolean.FALSE, r.identical());
        assertTrue(r.firstDifference().endsWith("r2.ndjson"), r.firstDifference());
        assertTrue(r.completed());
        assertEquals(ConformanceResult.Status.CONFORMS, r.verdict().status());
    }

    @Test
    void aDroppedCommitLeavesItsResourceManagerPreparedAndStillConforms() throws IOException {
        Path traces = committedRun();
        long commitStep = events(traces, "r2").stream()
                .filter(e -> "ReceiveCommit".equals(e.event().action())).findFirst().orElseThrow().event().step();
        ReplayResult r = replay(traces, "drop:r2#" + commitStep);
        assertTrue(r.completed(), r.departures().toString());
        assertNull(r.identical(), "byte identity is only claimed for a plain replay");
        assertEquals(1, r.changes().size());
        ReplayResult.StateChange c = r.changes().get(0);
        assertEquals("r2", c.node());
        assertEquals(Map.of("state", "committed"), c.recorded());
        assertEquals(Map.of("state", "prepared"), c.replayed());
        // A set network may keep a message for ever: the run without that receive is a run of the spec.
        assertEquals(ConformanceResult.Status.CONFORMS, r.verdict().status());
        assertEquals(r.events(), r.verdict().events());
    }

    @Test
    void aCommitSwappedBeforeTheLastPreparedDepartsAtItsGuard() throws IOException {
        Path traces = committedRun();
        List<RecordedRun.Recorded> tm = events(traces, "tm");
        long commit = tm.stream().filter(e -> "Commit".equals(e.event().action())).findFirst().orElseThrow().event().step();
        assertEquals("ReceivePrepared", tm.get((int) commit - 1).event().action());
        ReplayResult r = replay(traces, "swap:tm#" + (commit - 1));
        ReplayResult.Departure first = assertDepartsAtCommitsGuard(r);
        assertEquals(commit, first.step());
        // Every RM then waits for a Commit that is never sent.
        assertEquals(4, r.departures().size());
        assertTrue(r.departures().stream().filter(d -> d != first).allMatch(ReplayResult.Departure::waited));
        assertEquals(ConformanceResult.Status.CONFORMS, r.verdict().status());
        assertEquals(r.replayed(), r.verdict().events());
    }

    @Test
    void aPreparedDeliveredLateKeepsTheTmFromCommitting() throws IOException {
        Path traces = committedRun();
        RecordedRun.Recorded firstPrepared = events(traces, "tm").get(1);
        assertEquals("ReceivePrepared", firstPrepared.event().action());
        ReplayResult r = replay(traces, "deliver-late:" + firstPrepared.event().consumed().id());
        assertDepartsAtCommitsGuard(r);
        assertEquals(ConformanceResult.Status.CONFORMS, r.verdict().status());
    }

    /** The TM's Commit is the first event that can no longer happen, tried and refused by its guard. */
    private static ReplayResult.Departure assertDepartsAtCommitsGuard(ReplayResult r) {
        ReplayResult.Departure first = r.firstDeparture();
        assertEquals("tm", first.node());
        assertEquals("Commit", first.action());
        assertFalse(first.waited());
        assertTrue(first.reason().contains("guard of Commit is false"), first.reason());
        return first;
    }

    @Test
    void editsThatNameNoEventAndTracesOfAnotherModelAreBadInput() throws IOException {
        Path traces = record(1, 0);
        for (String edit : List.of("drop:r7#1", "drop:r1#99", "swap:r1#0", "drop:r1", "lose:r1#1", "deliver-late:tm#77")) {
            ReplayInputException e = assertThrows(ReplayInputException.class, () -> replay(traces, edit));
            assertTrue(e.getMessage().startsWith("--edit " + edit + ": "), e.getMessage());
        }
        ReplayInputException other = assertThrows(ReplayInputException.class, () -> new TraceReplay(
                new TwoPhaseCommit(2, SET, false), model).replay(RecordedRun.read(traces), List.of(), dir.resolve("o2")));
        assertTrue(other.getMessage().contains("r3.ndjson:1: node r3 is not a node of"), other.getMessage());
        Files.writeString(traces.resolve("r1.ndjson"), "{\"kind\":\"step\"}\n", java.nio.file.StandardOpenOption.APPEND);
        ReplayInputException malformed = assertThrows(ReplayInputException.class, () -> RecordedRun.read(traces));
        assertTrue(malformed.getMessage().contains("r1.ndjson:"), malformed.getMessage());
    }
}
