package dev.lockstep.conformance.twopc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.ConformanceReport;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.junit.LockstepConformance;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem.Bug;
import org.junit.jupiter.api.Test;

/**
 * The hand-written two-phase commit conforms to {@code specs/two-phase-commit.lstep} on every seed, and each seeded
 * bug is caught with the reason, the spec span and the seed that replays it.
 */
class TwoPhaseCommitConformanceTest {
    static final String SPEC = "../specs/two-phase-commit.lstep";

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 1000)
    void theCorrectImplementationConformsOnEverySeed(ConformanceHarness harness) throws Exception {
        harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE));
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 1000, online = true)
    void theCorrectImplementationConformsOnlineToo(ConformanceHarness harness) throws Exception {
        harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE));
    }

    private static Divergence caught(ConformanceHarness harness, Bug bug, Reason reason, String specText)
            throws Exception {
        ConformanceHarness.Failure f = harness.firstFailure((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, bug));
        assertNotNull(f, bug + " was not caught");
        Divergence d = f.result().divergence();
        String report = harness.describe(f);
        assertEquals(reason, d.reason(), report);
        assertTrue(report.startsWith("seed " + f.seed() + " does not conform"), report);
        assertNotNull(d.span(), report);
        assertTrue(d.span().file().lineText(d.span().line()).contains(specText), report);
        assertTrue(report.contains(ConformanceReport.snippet(d.span()).split("\n")[1]), report);
        // The same seed fails the same way again: the seed replays it.
        ConformanceHarness.Failure again = new ConformanceHarness(harness.model(), f.seed(), 1, false,
                f.traceDir().getParent()).firstFailure((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, bug));
        assertEquals(d.message(), again.result().divergence().message());
        assertThrows(AssertionError.class,
                () -> harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, bug)));
        return d;
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 200)
    void commitBeforeEveryPrepareIsNotEnabled(ConformanceHarness harness) throws Exception {
        Divergence d = caught(harness, Bug.COMMIT_BEFORE_ALL_PREPARED, Reason.NOT_ENABLED, "prepared = RM");
        assertEquals("prepared = RM", d.span().text());
        assertTrue(d.message().contains("TM.Commit is not enabled at tm"), d.message());
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 200)
    void aForgottenAbortIsAMissingSend(ConformanceHarness harness) throws Exception {
        Divergence d = caught(harness, Bug.FORGET_ABORT, Reason.WRONG_SENDS, "send Abort {} to RM");
        assertEquals("missing Abort tm -> r3", d.differences().get(0).note());
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 200)
    void aVoteSentToTheWrongNodeIsCaughtAtTheSend(ConformanceHarness harness) throws Exception {
        Divergence d = caught(harness, Bug.WRONG_DESTINATION, Reason.WRONG_SENDS, "send Prepared { rm: self } to TMNode");
        assertTrue(d.differences().get(0).note().matches("missing Prepared (r\\d) -> tm \\{rm: \\1}; extra Prepared "
                + "\\1 -> r\\d \\{rm: \\1}"), d.differences().get(0).note());
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 200)
    void aSkippedStateChangeIsAWrongState(ConformanceHarness harness) throws Exception {
        Divergence d = caught(harness, Bug.SKIP_STATE_CHANGE, Reason.WRONG_STATE, "state' = prepared");
        Divergence.Difference diff = d.differences().get(0);
        assertEquals("state.state", diff.what());
        assertEquals("prepared", diff.expected());
        assertEquals("working", diff.actual());
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 200)
    void aSendBeforeItsCauseIsCaughtOnTheEarlierStep(ConformanceHarness harness) throws Exception {
        Divergence d = caught(harness, Bug.SEND_BEFORE_CAUSE, Reason.WRONG_SENDS, "on receive m: Prepared");
        assertTrue(d.message().contains("ReceivePrepared"), d.message());
        assertEquals("extra Commit tm -> r1, Commit tm -> r2, Commit tm -> r3; ReceivePrepared sends no Commit; in "
                + "the spec only TM.Commit does", d.differences().get(0).note());
    }

    @Test
    @LockstepConformance(spec = SPEC, model = "small", seeds = 200, online = true)
    void theOnlineMonitorCatchesTheSameBug(ConformanceHarness harness) throws Exception {
        ConformanceHarness.Failure f = harness.firstFailure(
                (seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.COMMIT_BEFORE_ALL_PREPARED));
        assertNotNull(f);
        assertEquals(Reason.NOT_ENABLED, f.result().divergence().reason());
        assertTrue(harness.describe(f).startsWith("seed " + f.seed() + " does not conform"), harness.describe(f));
    }

    /**
     * Against the buggy spec whose TM commits after one vote, the early-committing implementation takes only
     * enabled steps, so the first divergence is the invariant the spec itself breaks.
     */
    @Test
    @LockstepConformance(spec = "../specs/buggy/two-phase-commit-eager.lstep", model = "small", seeds = 500)
    void anInvariantViolationOnTheReconstructedGlobalStateIsReported(ConformanceHarness harness) throws Exception {
        ConformanceHarness.Failure f = harness.firstFailure(
                (seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.COMMIT_BEFORE_ALL_PREPARED));
        assertNotNull(f, "no schedule broke Consistent");
        Divergence d = f.result().divergence();
        assertEquals(Reason.INVARIANT_VIOLATED, d.reason(), harness.describe(f));
        assertEquals("invariant Consistent is false on the global state after this event", d.message());
        assertTrue(d.span().text().startsWith("invariant Consistent =="), d.span().text());
    }
}
