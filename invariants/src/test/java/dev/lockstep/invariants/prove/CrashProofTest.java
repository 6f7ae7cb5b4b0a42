package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Crash steps in the prover: one per node of a crashing role, resetting its volatile variables, keeping its
 * durable ones, counted against the model's bound. The durable Paxos proves its inductive invariant; with the
 * promise volatile, the counterexamples to induction are Crash steps.
 */
class CrashProofTest {
    /** Each Note needs a fresh volatile {@code up}: only a crash gives one, so {@code seen} counts crashes + 1. */
    static final String NOTES = """
            protocol Notes
            const Nodes: set<node>
            role R at Nodes crashes {
              var up: int = 0
              durable var seen: int = 0
              auto action Note when up = 0 /\\ seen < 3 do up' = 1
                                                          seen' = seen + 1
            }
            invariant AtMostTwo == \\A n \\in Nodes : R[n].seen <= 2
            model oneCrash { Nodes = {n1}  crashes 1  check AtMostTwo }
            model twoCrashes { Nodes = {n1}  crashes 2  check AtMostTwo }
            """;

    @Test
    void boundedModelCheckingCountsCrashesAgainstTheModelsBound() {
        ModelInstance one = Specs.compile(NOTES, "oneCrash");
        ProveReport r1 = TwoPhaseCommitProofTest.prove(one, List.of("AtMostTwo"), 6);
        assertEquals(Verdict.PROVED, r1.bmc().verdict(), r1::toString);
        assertEquals(ExploreResult.Status.HOLDS, Proofs.explore(one));
        ModelInstance two = Specs.compile(NOTES, "twoCrashes");
        ProveReport r2 = TwoPhaseCommitProofTest.prove(two, List.of("AtMostTwo"), 6);
        assertEquals(Verdict.VIOLATED, r2.bmc().verdict(), r2::toString);
        assertEquals(5, r2.bmc().trace().size() - 1); // Note, Crash, Note, Crash, Note
        assertTrue(r2.bmc().trace().get(2).label().isCrash(), r2::toString);
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, Proofs.explore(two));
    }

    @Test
    void durablePaxosProvesItsInductiveInvariantWithACrashStepPerAcceptor() {
        ProveReport r = Proofs.libraryInductive("paxos-crash.lstep", "small");
        List<String> crashes = r.queries().stream().filter(q -> q.kind() == QueryResult.Kind.CONSECUTION)
                .map(QueryResult::subject).filter(s -> s.startsWith("Crash(")).toList();
        assertEquals(List.of("Crash(a1)", "Crash(a2)", "Crash(a3)"), crashes); // proposers do not crash
    }

    @Test
    void aVolatilePromiseBreaksTheInductiveInvariantAtACrash() {
        List<QueryResult> ctis = Proofs.ctisOfInductive("buggy/paxos-crash-volatile-promise.lstep", "small");
        assertEquals(3, ctis.size(), ctis::toString);
        for (QueryResult q : ctis) {
            assertTrue(q.subject().startsWith("Crash(a"), q.subject());
            assertTrue(q.cti().label().isCrash(), q.subject());
        }
    }
}
