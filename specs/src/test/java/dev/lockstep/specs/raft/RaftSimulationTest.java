package dev.lockstep.specs.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.specs.gen.LibraryModels;
import dev.lockstep.specs.gen.SeededBugs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The machines generated from specs/raft.lstep (model {@code cluster}: three servers, up to four entries, crashes)
 * run on the simulator with redeliveries and crashes, every step checked online against the spec: they elect,
 * replicate, commit and apply, and conform. The machines generated from each buggy Raft in specs/buggy/ run the same
 * way and are checked against the correct spec, which catches each of them.
 */
class RaftSimulationTest {
    static final Path SPEC = Path.of("raft.lstep");
    static final int SEEDS = 40;
    static final long STEPS = 400;

    static final ModelInstance RAFT = LibraryModels.bind(LibraryModels.load(SPEC), "cluster");

    /** Redeliveries (the set network allows them) and crashes. */
    static SimulationOptions options(long seed) {
        return SimulationOptions.of(seed, STEPS).withFaults(0, 0.05, 0.02);
    }

    static ProtocolDescriptor machines(String file) {
        Path p = Path.of(file);
        return LibraryModels.generatedDescriptor(p, LibraryModels.load(p), "cluster");
    }

    @Test
    void theGeneratedServersConformUnderRedeliveriesAndCrashes() {
        ProtocolDescriptor raft = machines("raft.lstep");
        long crashes = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(RAFT, raft, options(seed));
            assertTrue(out.ok(), out.describe());
            crashes += out.result().crashes();
        }
        assertTrue(crashes > 0, "the runs crash servers");
    }

    /** How the correct spec catches one buggy variant's machines: the seeds that diverge, and how. */
    static List<String> caught(String buggyFile, int seeds, Divergence.Reason reason, String what) {
        List<String> found = new ArrayList<>();
        SeededBugs.caughtSeeds(RAFT, machines(buggyFile), seeds, RaftSimulationTest::options, (d, described) -> {
            assertEquals(reason, d.reason(), described);
            assertTrue(described.contains(what), described);
            found.add(described);
        });
        return found;
    }

    @Test
    void aVoteNotPersistedIsCaughtAtTheRestart() {
        // raft.lstep keeps votedFor across a crash: the buggy server's reset vote is the wrong state after a restart.
        List<String> found = caught("buggy/raft-vote-not-persisted.lstep", SEEDS, Divergence.Reason.WRONG_STATE,
                "votedFor");
        assertTrue(!found.isEmpty(), "not caught in " + SEEDS + " seeds");
    }

    @Test
    void aCommitOfAnOldTermsEntryIsCaught() {
        // raft.lstep's AdvanceCommit is not enabled for an entry of an earlier term.
        List<String> found = caught("buggy/raft-commit-old-term.lstep", SEEDS, Divergence.Reason.NOT_ENABLED,
                "AdvanceCommit");
        assertTrue(!found.isEmpty(), "not caught in " + SEEDS + " seeds");
    }

    @Test
    void aMissingTruncationIsCaught() {
        // raft.lstep's AcceptEntries deletes the entries after a conflict: the buggy follower's log is the wrong state.
        List<String> found = caught("buggy/raft-no-truncation.lstep", SEEDS, Divergence.Reason.WRONG_STATE, "log");
        assertTrue(!found.isEmpty(), "not caught in " + SEEDS + " seeds");
    }
}
