package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single-decree Paxos: the shipped inductive invariant is proved on model small, after the int domain (TypeOK)
 * is proved. The explorer checks the same invariant on every reachable state of the same model: model small
 * lists it in its `check` clause, which the specs module's LibraryStateCountsTest explores.
 */
class PaxosProofTest {
    @Test
    void inductiveInvariantIsProved() {
        ModelInstance m = Specs.model("paxos.lstep", "small");
        assertTrue(m.model().invariants().contains("Inductive"), "the explorer checks the proved invariant too");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("Inductive"), -1);
        assertTrue(r.allProved(), () -> r.queries().stream().filter(q -> q.verdict() != Verdict.PROVED).toList()
                .toString());
        long typing = r.queries().stream().filter(q -> q.kind() == QueryResult.Kind.TYPING).count();
        long consecution = r.queries().stream().filter(q -> q.kind() == QueryResult.Kind.CONSECUTION).count();
        // Ints were bounded (TypeOK proved), so Prepare's ballot parameter is enumerated over the domain
        // {-1, 0, 1, 2}: 2 proposers x (4 Prepare + Promise + 2 Propose) + 3 acceptors x 2 + Hear = 21 steps.
        assertEquals(1 + 21, typing);
        assertEquals(21, consecution);
    }

    @Test
    void oneValueChosenAloneIsNotInductive() {
        ModelInstance m = Specs.model("paxos.lstep", "small");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("OneValueChosen"), -1);
        List<QueryResult> ctis = r.queries().stream().filter(q -> q.verdict() == Verdict.CTI).toList();
        assertTrue(!ctis.isEmpty(), "OneValueChosen needs strengthening");
        for (QueryResult q : ctis) {
            assertTrue(q.cti().replayed(), q.subject());
            assertTrue(q.subject().startsWith("Acceptor["), q.subject()); // only a vote can choose a value
        }
    }
}
