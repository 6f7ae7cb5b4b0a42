package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Trace;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Temporal properties under the declared fairness, checked by TLC: verdicts and lasso counterexamples. */
class LivenessTest {

    static CheckResult check(String file, String modelName) {
        CheckedSpec spec = LibrarySpecs.compile(file);
        List<Diagnostic> problems = new ArrayList<>();
        TlaModule module = TlaTranslator.translate(spec, problems);
        ModelInstance model = ModelInstance.bind(spec, modelName, problems);
        assertNotNull(model, problems::toString);
        CheckResult r = ModelChecker.check(model, module, TlcOptions.defaults());
        assertEquals(List.of(), r.diagnostics(), () -> DiagnosticPrinter.render(r.diagnostics()));
        return r;
    }

    private static ModelInstance model(String file) {
        return ModelInstance.bind(LibrarySpecs.compile(file), "ring3", new ArrayList<>());
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
    void forwardingItsOwnIdCanCircleForeverAndTlcShowsTheLasso() {
        CheckResult r = check("buggy/chang-roberts-forward-own.lstep", "ring3");
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, r.status());
        assertEquals("EventuallyLeader", r.violated());
        assertTrue(r.loopBack() >= 0 && !r.stuttering(), "a lasso that loops back, not a stutter");
        // TLC's lasso: 6 states, then back to state 4. In the loop the largest id (n1's 3) goes round, n1 forwarding
        // it instead of winning; the loop closes with n2 forwarding it once more.
        assertEquals(6, r.counterexample().size(), () -> Trace.render(model("buggy/chang-roberts-forward-own.lstep"),
                r.counterexample()));
        assertEquals(3, r.loopBack());
        assertNotNull(r.loopLabel());
        assertEquals("Node[n2].Forward receiving [dst |-> n2, id |-> 3, src |-> n1, type |-> \"Elect\"]",
                r.loopLabel().show().replaceAll("\\s+", " "));
        boolean n1ForwardsItsOwnId = r.counterexample().subList(r.loopBack() + 1, 6).stream().anyMatch(s ->
                s.label().name().equals("Forward") && s.label().node().show().equals("n1")
                        && s.label().message().get("id").show().equals("3"));
        assertTrue(n1ForwardsItsOwnId, "the loop has n1 forwarding its own id");
    }
}
