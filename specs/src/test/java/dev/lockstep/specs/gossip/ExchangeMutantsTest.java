package dev.lockstep.specs.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.specs.generated.minfinderpairwise.MinFinderPairwiseProtocol;
import dev.lockstep.specs.generated.minfinderpairwise.NodeState;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Seeded projection bugs in the generated pairwise MinFinder, run on the simulator: conformance catches each at the
 * event where the runtime departs from the atomic exchange (the serve for f2, the commit for f3), while the unmutated
 * machines conform on the same seeds ({@link PairwiseMinFinderRuntimeTest}).
 */
class ExchangeMutantsTest {
    static final int SEEDS = 50;

    /** The first divergence over the seeds, which must exist. */
    @SuppressWarnings("rawtypes")
    static Divergence caught(UnaryOperator<ExchangeSpec> mutation) {
        ProtocolDescriptor machines = ExchangeMutants.mutate(MinFinderPairwiseProtocol.forModel("small"), mutation);
        for (long seed = 1; seed <= SEEDS; seed++) {
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(PairwiseMinFinderRuntimeTest.SMALL, machines,
                    PairwiseMinFinderRuntimeTest.options(seed));
            if (!out.ok()) return out.divergence().orElseThrow();
        }
        throw new AssertionError("the mutant conforms on " + SEEDS + " seeds");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anF3IgnoringTheReplyIsCaughtAtTheCommit() {
        Divergence d = caught(x -> ExchangeMutants.withF3(x, (s, peer, msg2) -> s));
        assertEquals(Divergence.Reason.WRONG_STATE, d.reason(), d.toString());
        assertTrue(d.message().contains("f3"), d.message());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anF3TakingThePeersOldValueIsCaughtAtTheCommit() {
        Divergence d = caught(x -> ExchangeMutants.withF3(x, (s, peer, msg2) -> new NodeState(((NodeState) s).init(),
                Itf.asLong(((Map<?, ?>) msg2).get("val")))));
        assertEquals(Divergence.Reason.WRONG_STATE, d.reason(), d.toString());
        assertTrue(d.message().contains("f3"), d.message());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReceiverThatKeepsItsValueIsCaughtAtTheServe() {
        Divergence d = caught(x -> ExchangeMutants.withF2(x, (s, msg1) ->
                new ExchangeSpec.Answer<>(s, x.f2().serve(s, msg1).reply())));
        assertEquals(Divergence.Reason.WRONG_STATE, d.reason(), d.toString());
        assertTrue(d.message().contains("f2"), d.message());
    }
}
