package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreResult;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exchange actions in the prover: one step per node, peer and (with {@code may fail}) outcome, whose post-state
 * sets both nodes' variables. The pairwise MinFinder's invariants are preserved by every exchange in every outcome
 * (the "pairwise preservation proof" MiCA leaves as future work), and a wrong update of the peer is caught.
 */
class PairwiseMinFinderProofTest {
    private static final List<String> INVARIANTS = List.of("ValuesAreInitial", "MinNeverLost", "NeverBelowMin");

    private static List<String> consecutions(ProveReport r) {
        return r.queries().stream().filter(q -> q.kind() == QueryResult.Kind.CONSECUTION).map(QueryResult::subject)
                .toList();
    }

    @Test
    void everyExchangePreservesTheInvariants() {
        ProveReport r = TwoPhaseCommitProofTest.prove(Specs.model("minfinder-pairwise.lstep", "small"), INVARIANTS, 3);
        assertTrue(r.allProved(), r::toString);
        assertEquals(List.of("Node[n1].Gossip(peer = n2)", "Node[n1].Gossip(peer = n3)", "Node[n2].Gossip(peer = n1)",
                "Node[n2].Gossip(peer = n3)", "Node[n3].Gossip(peer = n1)", "Node[n3].Gossip(peer = n2)"), consecutions(r));
    }

    @Test
    void everyOutcomeOfAFailingExchangePreservesThem() {
        ProveReport r = TwoPhaseCommitProofTest.prove(Specs.model("minfinder-pairwise-may-fail.lstep", "small"),
                INVARIANTS, 3);
        assertTrue(r.allProved(), r::toString);
        List<String> steps = consecutions(r);
        assertEquals(18, steps.size(), steps::toString); // 6 pairs x 3 outcomes
        assertTrue(steps.contains("Node[n2].Gossip(peer = n3, outcome = \"receiver\")"), steps::toString);
    }

    @Test
    void aWrongUpdateOfThePeerIsACounterexampleToInductionAtTheExchange() throws IOException {
        // The peer takes 0, below every initial value: only the peer's update breaks NeverBelowMin.
        String text = Files.readString(Specs.library("minfinder-pairwise.lstep"))
                .replace("peer.val' = Min({val, peer.val})", "peer.val' = 0");
        ModelInstance m = Specs.compile(text, "small");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("NeverBelowMin"), 2);
        List<QueryResult> ctis = r.queries().stream().filter(q -> q.verdict() == Verdict.CTI).toList();
        assertEquals(6, ctis.size(), r::toString);
        for (QueryResult q : ctis) assertEquals("Gossip", q.cti().label().name(), q.subject());
        assertEquals(Verdict.VIOLATED, r.bmc().verdict(), r::toString);
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, Proofs.explore(m));
    }
}
