package com.example.twopc;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.twopc.handwritten.HandWrittenTwoPhaseCommit;
import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.junit.LockstepConformance;
import org.junit.jupiter.api.Test;

/** The hand-written 2PC's traces, checked against the spec seed by seed; its planted bug is caught. */
@LockstepConformance(spec = "classpath:two-phase-commit.lstep", model = "small", seeds = 200)
class HandWrittenConformanceTest {
    @Test
    void theHandWrittenImplementationConforms(ConformanceHarness harness) throws Exception {
        harness.check((seed, sinks) -> HandWrittenTwoPhaseCommit.run(seed, sinks, false));
    }

    @Test
    void committingBeforeEveryVoteIsCaught(ConformanceHarness harness) throws Exception {
        ConformanceHarness.Failure f = harness.firstFailure((seed, sinks) -> HandWrittenTwoPhaseCommit.run(seed, sinks, true));
        assertNotNull(f, "the early commit was not caught in 200 seeds");
        String report = harness.describe(f);
        assertTrue(report.contains("seed " + f.seed()) && report.contains("Commit"), report);
    }
}
