package dev.lockstep.conformance.threaded;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.junit.LockstepConformance;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The online check of a multi-threaded implementation: node threads send concurrently and each node's trace is
 * written by a thread of its own, so events reach the monitor from several threads and out of causal order. A
 * correct implementation conforms on every seed (before the monitor was fed through a happens-before order and
 * locked, the very first seed reported a false divergence: a receive before its send); a real bug is still caught,
 * for its real reason.
 */
class ThreadedConformanceTest {
    static final String SPEC = "../specs/two-phase-commit.lstep";

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 300, online = true)
    void aThreadedImplementationConformsOnlineOnEverySeed(ConformanceHarness harness) throws Exception {
        harness.check((seed, sinks) -> ThreadedTwoPhaseCommit.run(seed, 3, sinks, false));
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "rm5", seeds = 100, online = true)
    void fiveResourceManagersVotingAtOnceConformToo(ConformanceHarness harness) throws Exception {
        harness.check((seed, sinks) -> ThreadedTwoPhaseCommit.run(seed, 5, sinks, false));
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 50, online = true)
    void aThreadedImplementationsRealBugIsStillCaught(ConformanceHarness harness) throws Exception {
        ConformanceHarness.Failure f = harness.firstFailure((seed, sinks) -> ThreadedTwoPhaseCommit.run(seed, 3, sinks, true));
        assertNotNull(f, "committing after all but one vote was not caught");
        Reason r = f.result().divergence().reason();
        assertTrue(Set.of(Reason.NOT_ENABLED, Reason.INVARIANT_VIOLATED).contains(r), harness.describe(f));
    }
}
