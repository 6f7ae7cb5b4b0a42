package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The library's two-phase commit: its shipped inductive invariant is proved (and the explorer agrees that it
 * holds), the plain Consistent invariant is not inductive and its CTIs are reported and replayed, and bounded
 * model checking finds the buggy variant's counterexample with the explorer's length.
 */
class TwoPhaseCommitProofTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    static ProveReport prove(ModelInstance m, List<String> invariants, int bmc) {
        var outcome = Prover.prove(m, new Prover.Options(invariants, bmc, TIMEOUT));
        return outcome.orElseThrow();
    }

    @Test
    void inductiveInvariantIsProvedAndTheExplorerAgrees() {
        ModelInstance m = Specs.model("two-phase-commit.lstep", "small");
        ProveReport r = prove(m, List.of("Inductive"), -1);
        assertTrue(r.allProved(), () -> r.queries().toString());
        // One initiation query plus one consecution query per node and action: 3 TM actions + 3 RMs x 4 actions.
        assertEquals(1 + 3 + 12, r.queries().size());
        ExploreResult explored = new Explorer(m).run(ExploreOptions.defaults().withDeadlock(false));
        assertEquals(ExploreResult.Status.HOLDS, explored.status());
        assertTrue(m.model().invariants().contains("Inductive"), "the explorer checked the proved invariant");
    }

    @Test
    void consistentAloneIsNotInductiveAndEveryCtiReplays() {
        ModelInstance m = Specs.model("two-phase-commit.lstep", "small");
        ProveReport r = prove(m, List.of("Consistent"), -1);
        assertEquals(Verdict.PROVED, r.queries().get(0).verdict(), "initiation holds");
        List<QueryResult> ctis = r.queries().stream().filter(q -> q.verdict() == Verdict.CTI).toList();
        assertFalse(ctis.isEmpty(), "Consistent is not inductive");
        assertTrue(r.queries().stream().noneMatch(q -> q.verdict() == Verdict.UNKNOWN), () -> r.queries().toString());
        CheckedSpec.Invariant consistent = m.spec().invariants().stream()
                .filter(i -> i.name().equals("Consistent")).findFirst().orElseThrow();
        Transitions t = new Transitions(m);
        for (QueryResult q : ctis) {
            Cti cti = q.cti();
            assertTrue(cti.replayed(), q.subject());
            assertEquals("Consistent#1", cti.brokenConjunct());
            assertNotNull(cti.label());
            // Independently of the prover's own replay: the step is a real successor, the invariant breaks.
            boolean[] found = {false};
            t.successors(cti.pre(), (label, next) -> {
                if (label.equals(cti.label()) && next.equals(cti.post())) found[0] = true;
            });
            assertTrue(found[0], "the CTI's step is a successor of its pre-state");
            assertTrue(t.satisfies(cti.pre(), consistent.body(), consistent.frameSize()));
            assertFalse(t.satisfies(cti.post(), consistent.body(), consistent.frameSize()));
            // Only steps that can make an RM aborted or committed can break Consistent.
            assertTrue(q.subject().matches("ResourceManager\\[r\\d]\\.(ChooseAbort|ReceiveCommit|ReceiveAbort)"),
                    q.subject());
        }
        String text = Prover.renderCti(m, ctis.get(0).cti());
        assertTrue(text.contains("Before (satisfies the invariants):") && text.contains("After (violates Consistent#1"),
                text);
    }

    @Test
    void bmcFindsTheBuggyVariantsCounterexampleWithTheExplorersLength() {
        ModelInstance m = Specs.model("buggy/two-phase-commit-eager.lstep", "small");
        ExploreResult explored = new Explorer(m).run(ExploreOptions.defaults().withDeadlock(false));
        assertEquals(ExploreResult.Status.INVARIANT_VIOLATED, explored.status());
        ProveReport r = prove(m, List.of("Consistent"), 8);
        BmcResult bmc = r.bmc();
        assertEquals(Verdict.VIOLATED, bmc.verdict(), () -> String.valueOf(bmc.reason()));
        assertEquals("Consistent", bmc.violated());
        assertEquals(explored.counterexample().size(), bmc.trace().size());
        // The trace is a real run: it starts in an initial state and every step is a successor.
        Transitions t = new Transitions(m);
        assertTrue(t.initialStates().contains(bmc.trace().get(0).state()));
        for (int i = 1; i < bmc.trace().size(); i++) {
            State from = bmc.trace().get(i - 1).state();
            State to = bmc.trace().get(i).state();
            boolean[] found = {false};
            t.successors(from, (label, next) -> { if (next.equals(to)) found[0] = true; });
            assertTrue(found[0], "step " + i);
        }
    }

    @Test
    void bmcFindsNothingWithinTheBoundOnTheCorrectSpec() {
        ModelInstance m = Specs.model("two-phase-commit.lstep", "small");
        ProveReport r = prove(m, List.of("Consistent"), 5);
        assertEquals(Verdict.PROVED, r.bmc().verdict(), () -> String.valueOf(r.bmc().reason()));
    }

    @Test
    void bmcThatTimesOutLeavesTheReportUnproved() {
        // Every query of Inductive takes milliseconds; BMC to depth 30 with half a second per depth does not finish.
        ModelInstance m = Specs.model("two-phase-commit.lstep", "small");
        var outcome = Prover.prove(m, new Prover.Options(List.of("Inductive"), 30, Duration.ofMillis(500)));
        ProveReport r = outcome.orElseThrow();
        assertEquals(Verdict.UNKNOWN, r.bmc().verdict(), () -> "BMC finished: " + r.bmc());
        assertFalse(r.allProved(), "an unfinished BMC must not count as proved");
        assertFalse(r.foundCounterexample());
    }
}
