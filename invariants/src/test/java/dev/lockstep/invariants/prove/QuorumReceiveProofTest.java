package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quorum receive ({@code on receive all}) in the prover: the received set is every deliverable message of the
 * type to self from the nodes of Q passing the filter, the step needs one from every node of Q, and a bag loses one
 * copy of each. Each fact is pinned by a model whose verdict flips without it; the explorer gives the same verdict.
 */
class QuorumReceiveProofTest {
    /**
     * Voters vote once; the tally fires on the votes of all of Q. On a bag the tally consumes them, so
     * {@code Consumed} holds; the invariants only hold if the step waits for every node of Q.
     */
    static final String TALLY = """
            protocol Tally
            const Voters: set<node>
            const Tallies: set<node>
            message Vote { yes: bool }
            network %s
            role Voter at Voters {
              var voted: bool = FALSE
              auto action Cast when ~voted do voted' = TRUE
                                               send Vote { yes: TRUE } to Tallies
            }
            role Tally at Tallies {
              var done: bool = FALSE
              var count: int = 0
              on receive all vs: Vote from Voters where m: m.yes as Count
                when ~done
                do done' = TRUE
                   count' = Cardinality(vs)
            }
            invariant AllVoted == \\A t \\in Tallies : Tally[t].done => \\A v \\in Voters : Voter[v].voted
            invariant CountIsAll == \\A t \\in Tallies : Tally[t].done => Tally[t].count = Cardinality(Voters)
            invariant Consumed == \\A t \\in Tallies : Tally[t].done => \\A m \\in Msgs(Vote) : m.dst /= t
            invariant Inductive ==
              /\\ \\A m \\in Msgs(Vote) : m.yes /\\ Voter[m.src].voted /\\ m.src \\in Voters
              /\\ \\A t \\in Tallies : Tally[t].done => \\A v \\in Voters : Voter[v].voted
              /\\ \\A t \\in Tallies : Tally[t].done => Tally[t].count = Cardinality(Voters)
              /\\ \\A t \\in Tallies : ~Tally[t].done => Tally[t].count = 0
            model small { Voters = {v1, v2, v3}  Tallies = {t1}  check AllVoted, CountIsAll }
            model consumed { Voters = {v1, v2}  Tallies = {t1}  check Consumed }
            """;

    private static ModelInstance tally(String network, String model) {
        return Specs.compile(TALLY.formatted(network), model);
    }

    @Test
    void theStepWaitsForEveryNodeOfQAndReadsAllTheirMessages() {
        Proofs.provedAndHolds(tally("set", "small"), "Inductive", 3);
    }

    @Test
    void onABagTheReceivedMessagesAreConsumedAndOnASetTheyStay() {
        ModelInstance bag = tally("bag", "consumed");
        ProveReport onBag = TwoPhaseCommitProofTest.prove(bag, List.of("Consumed"), 4);
        assertEquals(Verdict.PROVED, onBag.bmc().verdict(), onBag::toString);
        assertEquals(ExploreResult.Status.HOLDS, Proofs.explore(bag));
        ModelInstance set = tally("set", "consumed");
        ProveReport onSet = TwoPhaseCommitProofTest.prove(set, List.of("Consumed"), 4);
        assertEquals(Verdict.VIOLATED, onSet.bmc().verdict(), onSet::toString);
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, Proofs.explore(set));
    }

    @Test
    void paxosWithQuorumReadsProvesItsInductiveInvariant() {
        ProveReport r = Proofs.libraryInductive("paxos-quorum.lstep", "small");
        // 2 proposers x (Prepare + 4 quorums x 2 values of Propose) + 3 acceptors x 2 actions = 24 steps.
        long consecution = r.queries().stream().filter(q -> q.kind() == QueryResult.Kind.CONSECUTION).count();
        assertEquals(24, consecution);
    }

    @Test
    void aProposerThatReadsAMinorityBreaksTheInductiveInvariantAtPropose() {
        List<QueryResult> ctis = Proofs.ctisOfInductive("buggy/paxos-quorum-minority.lstep", "small");
        for (QueryResult q : ctis) {
            // Only a proposal on the promises of a single acceptor (no majority) can be unsafe.
            assertTrue(q.subject().contains(".Propose(") && q.subject().matches(".*Q = \\{a\\d\\}.*"), q.subject());
            assertEquals("Inductive#9", q.cti().brokenConjunct(), q.subject());
        }
    }
}
