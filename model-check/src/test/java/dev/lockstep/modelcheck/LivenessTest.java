package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Temporal properties under the declared fairness, checked by TLC: verdicts and lasso counterexamples. */
class LivenessTest {

    static CheckResult check(String file, String modelName) {
        CheckedSpec spec = LibrarySpecs.compile(file);
        TlaModule module = TlaTranslator.translate(spec);
        ModelInstance model = ModelInstance.bind(spec, modelName).orElseThrow();
        CheckResult r = ModelChecker.check(model, module, TlcOptions.defaults());
        assertEquals(List.of(), r.diagnostics(), () -> DiagnosticPrinter.render(r.diagnostics()));
        return r;
    }

    private static ModelInstance model(String file) {
        return ModelInstance.bind(LibrarySpecs.compile(file), "ring3").orElseThrow();
    }

    private static void holds(String file, String model, String property, long distinct) {
        CheckResult r = check(file, model);
        assertTrue(LibrarySpecs.compile(file).model(model).orElseThrow().properties().contains(property));
        assertEquals(CheckResult.Status.HOLDS, r.status(), () -> file + " " + model + ": " + r.violated());
        assertEquals(distinct, r.distinct());
    }

    @Test
    void twoPhaseCommitTerminatesUnderFairness() {
        holds("two-phase-commit.lstep", "small", "Terminates", 288);
    }

    @Test
    void changRobertsEventuallyElectsALeader() {
        holds("chang-roberts.lstep", "ring3", "EventuallyLeader", 22);
    }

    @Test
    void minFinderConverges() {
        holds("minfinder.lstep", "small", "Converges", 3392);
    }

    @Test
    void pairwiseMinFinderConvergesUnderFairExchanges() {
        holds("minfinder-pairwise.lstep", "small", "Converges", 20);
        holds("minfinder-pairwise-may-fail.lstep", "small", "Converges", 20);
    }

    @Test
    void gossipLibraryConvergesUnderFairExchanges() {
        holds("maxvalue-pairwise.lstep", "small", "Converges", 20);
        holds("min-address-leader.lstep", "line", "Elected", 10);
        // A correlated merge of two MinFinders: both converge, under the composite's fairness.
        holds("minfinder-composed.lstep", "small", "Converges", 77);
        // A layer that reads the one below it (reads Leader) converges once the lower layer has.
        holds("leader-tree.lstep", "line", "TreeBuilt", 14);
        // The four-layer stack in one n-ary correlated merge: every layer converges.
        holds("gossip-stack.lstep", "line", "StackBuilt", 17);
    }

    /** The stack on a ring of four, where the tree drops a link: the explorer's count, and every layer converges. */
    @Test
    @org.junit.jupiter.api.Tag("long")
    void stackConvergesOnARing() {
        CheckResult r = check("gossip-stack.lstep", "ring");
        assertEquals(CheckResult.Status.HOLDS, r.status(), () -> "ring: " + r.violated());
        assertEquals(List.of(3081L, 30870L, 19), List.of(r.figures().distinct(), r.figures().generated(),
                r.figures().depth()));
    }

    @Test
    void epochPipeliningForgetsADepartedMinimumWherePlainMinFinderKeepsIt() {
        holds("minfinder-epoch.lstep", "small", "ConvergesToLiveMin", 847);
        CheckResult r = check("buggy/minfinder-leave-stale.lstep", "small");
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, r.status());
        assertEquals("ConvergesToLiveMin", r.violated());
        // The lasso: the leaver (n1) left after spreading its value, and a live node keeps it for ever.
        String trace = Trace.render(ModelInstance.bind(LibrarySpecs.compile("buggy/minfinder-leave-stale.lstep"),
                "small").orElseThrow(), r.counterexample());
        assertTrue(r.counterexample().stream().anyMatch(s -> s.label() != null && s.label().name().equals("Leave")),
                trace);
        assertTrue(r.isLasso(), "a lasso or a final stutter\n" + trace);
    }

    @Test
    void theEpochsOperatorOverPlainMinFinderForgetsTheDepartedMinimumToo() {
        // buggy/minfinder-leave-stale.lstep plus 'compose epochs': the hand-written spec's verdict and states.
        holds("minfinder-epoch-operator.lstep", "small", "ConvergesToLiveMin", 847);
    }

    @Test
    void withoutFairnessAnExchangeMayNeverHappenAndConvergenceFails() throws Exception {
        // The same spec with 'exchange' instead of 'fair exchange': TLC finds a run that stops exchanging.
        String text = java.nio.file.Files.readString(LibrarySpecs.ROOT.resolve("minfinder-pairwise.lstep"))
                .replace("fair exchange", "exchange");
        CheckedSpec spec = dev.lockstep.lang.Frontend.compile("unfair.lstep", text).spec().orElseThrow();
        CheckResult r = ModelChecker.check(ModelInstance.bind(spec, "small").orElseThrow(),
                TlaTranslator.translate(spec), TlcOptions.defaults());
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, r.status());
        assertEquals("Converges", r.violated());
    }

    @Test
    void forwardingItsOwnIdCanCircleForeverAndTlcShowsTheLasso() {
        CheckResult r = check("buggy/chang-roberts-forward-own.lstep", "ring3");
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, r.status());
        assertEquals("EventuallyLeader", r.violated());
        assertTrue(r.loopBack() >= 0 && !r.stuttering(), "a lasso that loops back, not a stutter");
        // Whatever lasso TLC picks, its loop is the largest id (n1's 3) circling the ring, with n1 forwarding its own
        // id instead of winning, and no one is ever elected.
        String trace = Trace.render(model("buggy/chang-roberts-forward-own.lstep"), r.counterexample());
        assertNotNull(r.loopLabel(), trace);
        List<Label> loop = new ArrayList<>();
        r.counterexample().subList(r.loopBack() + 1, r.counterexample().size()).forEach(s -> loop.add(s.label()));
        loop.add(r.loopLabel());
        for (Label step : loop) {
            assertEquals("Forward", step.name(), trace);
            assertEquals("3", step.message().get("id").show(), trace);
        }
        assertTrue(loop.stream().anyMatch(l -> l.node().show().equals("n1")), "n1 forwards its own id\n" + trace);
        assertTrue(Trace.render(model("buggy/chang-roberts-forward-own.lstep"), r.counterexample())
                .lines().noneMatch(l -> l.contains("leader = TRUE")), trace);
    }
}
