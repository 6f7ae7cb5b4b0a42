package dev.lockstep.specs.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.gen.LibraryModels;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The machines generated from specs/raft.lstep (model {@code cluster}: three servers, up to four entries, crashes)
 * run on the simulator with redeliveries and crashes, every step checked online against the spec: they elect,
 * replicate, commit and apply, and conform. The machines generated from each buggy Raft in specs/buggy/ run the same
 * way and are checked against the correct spec, which catches each of them.
 */
class RaftSimulationTest {
    static final Path SPEC = Path.of("raft.lstep");
    static final int SEEDS = 100;
    static final long STEPS = 400;

    static final ModelInstance RAFT = LibraryModels.bind(LibraryModels.load(SPEC), "cluster");

    /**
     * Redeliveries (the set network allows them) and frequent crashes: a leader that crashes right after appending
     * leaves entries no one else has, which a later leader's entries then conflict with.
     */
    static SimulationOptions options(long seed) {
        return SimulationOptions.of(seed, STEPS).withFaults(0, 0.05, 0.1);
    }

    static ProtocolDescriptor machines(String file) {
        Path p = Path.of(file);
        return LibraryModels.generatedDescriptor(p, LibraryModels.load(p), "cluster");
    }

    @Test
    void theGeneratedServersConformUnderRedeliveriesAndCrashes() {
        ProtocolDescriptor raft = machines("raft.lstep");
        Set<String> fired = new TreeSet<>();
        TraceSinks noting = node -> new TraceSink() {
            @Override
            public void write(TraceEvent e) {
                if (e.action() != null) fired.add(e.action());
            }
        };
        long crashes = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(RAFT, raft, options(seed).withTraces(noting));
            assertTrue(out.ok(), out.describe());
            crashes += out.result().crashes();
        }
        assertTrue(crashes > 0, "the runs crash servers");
        // They elect, replicate, commit and apply (the commit step applies).
        assertTrue(fired.containsAll(Set.of("BecomeLeader", "ClientRequest", "AcceptEntries", "AdvanceCommit")),
                "fired: " + fired);
    }

    /**
     * The first of seeds 1..{@value #SEEDS} on which the online check against raft.lstep catches a buggy variant's
     * machines; the divergence must be of the given kind and name {@code what} (a variable or an action).
     */
    static long firstCaught(String buggyFile, Divergence.Reason reason, String what) {
        ProtocolDescriptor buggy = machines(buggyFile);
        for (long seed = 1; seed <= SEEDS; seed++) {
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(RAFT, buggy, options(seed));
            if (out.ok()) continue;
            Divergence d = out.divergence().orElseThrow(() -> new AssertionError(out.describe()));
            assertEquals(reason, d.reason(), out.describe());
            assertTrue(out.describe().contains(what), out.describe());
            return seed;
        }
        throw new AssertionError(buggyFile + ": not caught in " + SEEDS + " seeds");
    }

    @Test
    void aVoteNotPersistedIsCaughtAtTheRestart() {
        // raft.lstep keeps votedFor across a crash: the buggy server's reset vote is the wrong state after a restart.
        firstCaught("buggy/raft-vote-not-persisted.lstep", Divergence.Reason.WRONG_STATE, "state.votedFor");
    }

    @Test
    void aCommitOfAnOldTermsEntryIsCaught() {
        // raft.lstep's AdvanceCommit is not enabled for an entry of an earlier term.
        firstCaught("buggy/raft-commit-old-term.lstep", Divergence.Reason.NOT_ENABLED, "AdvanceCommit");
    }

    @Test
    void aMissingTruncationIsCaught() {
        // raft.lstep's AcceptEntries deletes the entries after a conflict: the buggy follower's log is the wrong state.
        firstCaught("buggy/raft-no-truncation.lstep", Divergence.Reason.WRONG_STATE, "state.log");
    }
}
