package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prover sees the flattened protocol of a spec with sub-protocol instances (language §7.1): two instances of
 * the library's two-phase commit, each with its own TM and RMs, and each instance's inductive invariant proved
 * under its qualified name, by consecution queries over the qualified roles of both instances.
 */
class InstanceProofTest {
    private static final String SHARDS = """
            protocol Shards
            const RA: set<node>
            const RB: set<node>
            const TA: node
            const TB: node
            network set
            instance A = "../specs/two-phase-commit.lstep" with RM <- RA, TMNode <- TA
            instance B = "../specs/two-phase-commit.lstep" with RM <- RB, TMNode <- TB
            model m { RA = {a1, a2}  RB = {b1, b2}  TA = ta  TB = tb }
            """;

    @Test
    void eachInstancesInductiveInvariantIsProvedOverBothInstancesSteps() {
        // The spec's path is the module directory's test.lstep, so the instance path is relative to it.
        ModelInstance m = Specs.compile(SHARDS, "m");
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("A_Inductive", "B_Inductive"), -1);
        assertTrue(r.allProved(), () -> r.queries().toString());
        List<String> subjects = r.queries().stream().map(QueryResult::subject).toList();
        assertTrue(subjects.contains("A_TM[ta].Commit") && subjects.contains("B_ResourceManager[b2].Prepare"),
                subjects::toString);
    }
}
