package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Election Safety of specs/raft.lstep, proved on its election with the log abstracted away
 * (specs/raft-election-safety.lstep: crashing servers with a durable vote, votes read with a quorum receive): the
 * shipped inductive invariant is proved on model small, crash steps included, and ElectionSafety alone is not
 * inductive.
 */
class RaftElectionSafetyProofTest {
    @Test
    void inductiveInvariantIsProvedWithCrashes() {
        ModelInstance m = Specs.model("raft-election-safety.lstep", "small");
        assertTrue(m.model().invariants().contains("Inductive"), "the explorer checks the proved invariant too");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("Inductive"), -1);
        assertTrue(r.allProved(), () -> r.queries().stream().filter(q -> q.verdict() != Verdict.PROVED).toList()
                .toString());
        assertTrue(r.queries().stream().anyMatch(q -> q.subject().startsWith("Crash(")), "crash steps are checked");
    }

    @Test
    void electionSafetyAloneIsNotInductive() {
        ModelInstance m = Specs.model("raft-election-safety.lstep", "small");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("ElectionSafety"), -1);
        List<QueryResult> ctis = r.queries().stream().filter(q -> q.verdict() == Verdict.CTI).toList();
        assertFalse(ctis.isEmpty(), "ElectionSafety needs strengthening");
        for (QueryResult q : ctis) assertTrue(q.subject().contains(".BecomeLeader"), q.subject());
    }
}
