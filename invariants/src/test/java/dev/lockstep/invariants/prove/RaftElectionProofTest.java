package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Raft leader election: the shipped inductive invariant is proved on model small (whose `check` clause has the
 * explorer check it on every reachable state too), and election safety alone is not inductive. The spec's
 * {@code restart} and {@code cancel} statements are no-ops for the prover, as for the explorer.
 */
class RaftElectionProofTest {
    @Test
    void inductiveInvariantIsProved() {
        ModelInstance m = Specs.model("raft-election.lstep", "small");
        assertTrue(m.model().invariants().contains("Inductive"), "the explorer checks the proved invariant too");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("Inductive"), -1);
        assertTrue(r.allProved(), () -> r.queries().stream().filter(q -> q.verdict() != Verdict.PROVED).toList()
                .toString());
    }

    @Test
    void oneLeaderPerTermAloneIsNotInductive() {
        ModelInstance m = Specs.model("raft-election.lstep", "small");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("OneLeaderPerTerm"), -1);
        List<QueryResult> ctis = r.queries().stream().filter(q -> q.verdict() == Verdict.CTI).toList();
        assertFalse(ctis.isEmpty(), "OneLeaderPerTerm needs strengthening");
        for (QueryResult q : ctis) {
            assertTrue(q.cti().replayed(), q.subject());
            assertTrue(q.subject().endsWith(".BecomeLeader"), q.subject()); // only BecomeLeader makes a leader
        }
    }
}
