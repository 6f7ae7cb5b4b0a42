package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quorum receive keeps a Paxos ported from TLA+ at the TLA+ formulation's size: the explorer on
 * {@code specs/paxos-quorum.lstep} (model small) and TLC on a hand-written TLA+ Paxos over a message set with
 * quorum reads ({@code reference/QuorumPaxos.tla}, same constants) find the same distinct and generated states
 * and depth. The message-by-message {@code specs/paxos.lstep} has 13,944 states with the same constants and no
 * learner (docs/language.md).
 */
class QuorumPaxosReferenceTest {
    private static final long DISTINCT = 3_921;
    private static final long GENERATED = 23_703;
    private static final int DEPTH = 17;

    @Test
    void explorerOnTheQuorumSpecMatchesTlcOnTheHandWrittenModule() throws Exception {
        CheckedSpec spec = LibrarySpecs.compile("paxos-quorum.lstep");
        ModelInstance model = ModelInstance.bind(spec, "small").orElseThrow();
        ExploreResult explored = new Explorer(model).run(ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.HOLDS, explored.status());
        assertEquals(DISTINCT, explored.distinct(), "explorer: distinct states");
        assertEquals(GENERATED, explored.generated(), "explorer: generated states");
        assertEquals(DEPTH, explored.depth(), "explorer: depth");

        Path dir = Path.of("src/test/resources/reference");
        ReferenceTlc.Result tlc = ReferenceTlc.run(dir.resolve("QuorumPaxos.tla"), dir.resolve("QuorumPaxos.cfg"),
                TlcOptions.defaults());
        assertTrue(tlc.finished(), () -> "TLC on QuorumPaxos.tla: " + tlc.problems());
        assertEquals(DISTINCT, tlc.distinct(), "TLC: distinct states");
        assertEquals(GENERATED, tlc.generated(), "TLC: generated states");
        assertEquals(DEPTH, tlc.depth(), "TLC: depth");
    }
}
