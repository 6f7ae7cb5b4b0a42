package dev.lockstep.specs.handwritten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.NdjsonTraceWriter;
import dev.lockstep.specs.gen.LibraryModels;
import dev.lockstep.specs.generated.twophasecommit.Commit;
import dev.lockstep.specs.generated.twophasecommit.Prepared;
import dev.lockstep.specs.generated.twophasecommit.RMState;
import dev.lockstep.specs.generated.twophasecommit.ResourceManagerState;
import dev.lockstep.specs.generated.twophasecommit.ResourceManagerTrace;
import dev.lockstep.specs.generated.twophasecommit.TMState;
import dev.lockstep.specs.generated.twophasecommit.TMStateEnum;
import dev.lockstep.specs.generated.twophasecommit.TMTrace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-phase commit written by hand (sequential, one loop, no generated machine), traced through the generated
 * typed recorders {@code TMTrace} and {@code ResourceManagerTrace}, and checked against the spec: the correct one
 * conforms; one that commits before every RM prepared is caught at its Commit.
 */
class TypedTraceRecordersTest {
    private static final NodeId TM = NodeId.of("tm");
    private static final List<NodeId> RMS = List.of(NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"));

    /** Runs the hand-written protocol: every RM prepares, the TM collects {@code waitFor} votes, then commits. */
    private static void run(Path dir, int waitFor) throws Exception {
        Map<NodeId, ResourceManagerTrace> rms = new TreeMap<>();
        try (TMTrace tm = new TMTrace(TM, NdjsonTraceWriter.open(dir.resolve("tm.ndjson")))) {
            for (NodeId rm : RMS) rms.put(rm, new ResourceManagerTrace(rm, NdjsonTraceWriter.open(dir.resolve(rm.name() + ".ndjson"))));
            TreeSet<NodeId> prepared = new TreeSet<>();
            tm.init(new TMState(TMStateEnum.init, new TreeSet<>(prepared)));
            rms.values().forEach(r -> r.init(new ResourceManagerState(RMState.working)));
            List<Envelope> votes = new ArrayList<>();
            for (var e : rms.entrySet()) {
                votes.addAll(e.getValue().prepare(new ResourceManagerState(RMState.prepared),
                        new Prepared(e.getKey(), TM, e.getKey())));
            }
            for (Envelope vote : votes.subList(0, waitFor)) {
                prepared.add(((Prepared) vote.message()).rm());
                tm.receivePrepared(vote, new TMState(TMStateEnum.init, new TreeSet<>(prepared)));
            }
            List<Envelope> decisions = tm.commit(new TMState(TMStateEnum.done, new TreeSet<>(prepared)),
                    RMS.stream().map(rm -> new Commit(TM, rm)).toArray(Commit[]::new));
            for (Envelope d : decisions) {
                rms.get(d.message().dst()).receiveCommit(d, new ResourceManagerState(RMState.committed));
            }
            assertThrows(IllegalArgumentException.class, () -> tm.receivePrepared(decisions.get(0),
                    new TMState(TMStateEnum.done, prepared)), "a Commit is not a Prepared");
        } finally {
            for (ResourceManagerTrace r : rms.values()) r.close();
        }
    }

    @Test
    void aHandWrittenTwoPhaseCommitTracedThroughTheTypedRecordersConforms(@TempDir Path dir) throws Exception {
        run(dir, 3);
        ConformanceResult r = TraceChecker.check(LibraryModels.bind(LibraryModels.load(Path.of("two-phase-commit.lstep")),
                "small"), List.of(dir));
        assertTrue(r.conforms(), String.valueOf(r.divergence()));
        assertEquals(4 + 3 + 3 + 1 + 3, r.events(), "4 inits, 3 prepares, 3 receives, the commit, 3 commits received");
    }

    @Test
    void committingBeforeEveryVoteIsCaughtAtTheCommit(@TempDir Path dir) throws Exception {
        run(dir, 2);
        ConformanceResult r = TraceChecker.check(LibraryModels.bind(LibraryModels.load(Path.of("two-phase-commit.lstep")),
                "small"), List.of(dir));
        assertFalse(r.conforms());
        assertEquals("tm", r.divergence().node(), String.valueOf(r.divergence()));
        assertTrue(r.divergence().message().contains("Commit"), String.valueOf(r.divergence()));
    }
}
