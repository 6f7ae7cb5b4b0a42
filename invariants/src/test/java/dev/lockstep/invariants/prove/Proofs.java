package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import java.util.List;

/** What the proof tests of issue 13's constructs share: a proof checked against the explorer's verdict. */
final class Proofs {
    private Proofs() {}

    /** The explorer's verdict on the invariants the model lists. */
    static ExploreResult.Status explore(ModelInstance m) {
        return new Explorer(m).run(ExploreOptions.defaults().withDeadlock(false)).status();
    }

    /** Proves {@code invariant} (with BMC to {@code bmc}) and asserts that the explorer finds it holds too. */
    static void provedAndHolds(ModelInstance m, String invariant, int bmc) {
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of(invariant), bmc);
        assertTrue(r.allProved(), r::toString);
        assertEquals(ExploreResult.Status.HOLDS, explore(m));
    }

    /** Proves a library model's `Inductive`, which the model also checks (so the explorer covers it). */
    static ProveReport libraryInductive(String file, String model) {
        ModelInstance m = Specs.model(file, model);
        assertTrue(m.model().invariants().contains("Inductive"), "the explorer checks the proved invariant too");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("Inductive"), -1);
        assertTrue(r.allProved(), () -> r.queries().stream().filter(q -> q.verdict() != Verdict.PROVED).toList()
                .toString());
        return r;
    }

    /** A buggy library model's `Inductive` fails with counterexamples to induction only, each one replayed. */
    static List<QueryResult> ctisOfInductive(String file, String model) {
        ProveReport r = TwoPhaseCommitProofTest.prove(Specs.model(file, model), List.of("Inductive"), -1);
        List<QueryResult> ctis = r.queries().stream().filter(q -> q.verdict() == Verdict.CTI).toList();
        assertFalse(ctis.isEmpty(), r::toString);
        assertTrue(r.queries().stream().noneMatch(q -> q.verdict() == Verdict.UNKNOWN), r::toString);
        ctis.forEach(q -> assertTrue(q.cti().replayed(), q.subject()));
        return ctis;
    }
}
