package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prover sees the flattened protocol of a spec with sub-protocol instances (language §7.1): two instances of
 * the library's two-phase commit, each with its own TM and RMs, and each instance's inductive invariant proved
 * under its qualified name, by consecution queries over the qualified roles of both instances.
 */
class InstanceProofTest {
    /** Shared with the Java generator's tests; it instantiates ../specs/two-phase-commit.lstep twice. */
    static final Path SHARDS = Path.of("..", "lang", "src", "test", "resources", "instances", "shards.lstep");

    @Test
    void eachInstancesInductiveInvariantIsProvedOverBothInstancesSteps() {
        var c = Frontend.load(SHARDS);
        assertTrue(c.ok(), c.diagnostics()::toString);
        ModelInstance m = ModelInstance.bind(c.spec().orElseThrow(), "m").orElseThrow();
        ProveReport r = TwoPhaseCommitProofTest.prove(m, List.of("A_Inductive", "B_Inductive"), -1);
        assertTrue(r.allProved(), () -> r.queries().toString());
        List<String> subjects = r.queries().stream().map(QueryResult::subject).toList();
        assertTrue(subjects.contains("A_TM[ta].Commit") && subjects.contains("B_ResourceManager[b2].Prepare"),
                subjects::toString);
    }
}
