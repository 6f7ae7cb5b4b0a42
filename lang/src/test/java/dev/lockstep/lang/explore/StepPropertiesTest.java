package dev.lockstep.lang.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Transition properties, init predicates, invariants as predicates and ghost variables in the reference semantics
 * (docs/language.md, section 12.1), and the checker's rules for them (LS240 to LS244).
 */
class StepPropertiesTest {
    /** A counter that may go up by one or two; a reset is the seeded bug some models turn on. */
    private static final String SPEC = """
            protocol Steps
            const N: set<node>
            const Resets: bool
            role R at N {
              var x: int \\in {0, 1}
              ghost var moves: int = 0
              auto action Up(d \\in {1, 2}) when x + d <= 3 do x' = x + d  moves' = moves + 1
              auto action Reset when Resets /\\ x = 3 do x' = 0  moves' = moves + 1
            }
            init SameStart == \\A a, b \\in N : R[a].x = R[b].x
            invariant Small == \\A n \\in N : R[n].x <= 3
            invariant Safe == Small /\\ \\A n \\in N : R[n].moves >= 0
            property NeverDown == [](\\A n \\in N : R[n].x' >= R[n].x)
            property Small2 == [](Small => Small')
            model ok { N = {a, b}  Resets = FALSE }
            model buggy { N = {a, b}  Resets = TRUE  check Safe, NeverDown }
            model free {
              N = {a, b}  Resets = TRUE  check Safe
              constraint \\A n \\in N : R[n].moves <= 4
            }
            """;

    private static ModelInstance bind(String text, String model) {
        Frontend.Compilation c = Frontend.compile("steps.lstep", text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
    }

    private static ExploreResult explore(String text, String model) {
        return new Explorer(bind(text, model)).run(ExploreOptions.defaults().withDeadlock(false));
    }

    @Test
    void theInitPredicateKeepsOnlyTheRelatedInitialStates() {
        ModelInstance m = bind(SPEC, "ok");
        assertEquals(2, new Transitions(m).initialStates().size(), "x equal on both nodes: 0/0 and 1/1, not 4");
        String free = SPEC.replace("init SameStart == \\A a, b \\in N : R[a].x = R[b].x", "");
        assertEquals(4, new Transitions(bind(free, "ok")).initialStates().size());
    }

    @Test
    void aHoldingModelChecksItsTransitionPropertiesOnEveryStep() {
        ExploreResult r = explore(SPEC, "ok");
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertEquals(List.of("NeverDown", "Small2"), bind(SPEC, "ok").spec().transitionProperties().stream()
                .map(CheckedSpec.Property::name).toList());
    }

    @Test
    void theSeededResetBreaksTheTransitionPropertyAtItsStep() {
        ExploreResult r = explore(SPEC, "buggy");
        assertEquals(ExploreResult.Status.PROPERTY_VIOLATED, r.status());
        assertEquals("NeverDown", r.violated());
        Trace.Step last = r.counterexample().get(r.counterexample().size() - 1);
        assertTrue(last.label().show().contains("Reset"), last.label().show());
        // Every state of that run satisfies the invariants: only the step is wrong, so without the property it holds
        // (the ghost counter grows with every step, so this model bounds it with a constraint).
        assertEquals(ExploreResult.Status.HOLDS, explore(SPEC, "free").status());
    }

    @Test
    void aStutteringStepSatisfiesEveryTransitionProperty() {
        ModelInstance m = bind(SPEC, "buggy");
        Transitions t = new Transitions(m);
        State s = t.initialStates().get(0);
        assertNull(t.firstViolatedStep(s, s), "[][P]_vars holds on a step that changes nothing");
    }

    @Test
    void randomWalksFindTheViolatedStepToo() {
        var r = new RandomWalks(bind(SPEC, "buggy")).run(RandomWalks.Options.of(200, 20, 1));
        assertEquals(ExploreResult.Status.PROPERTY_VIOLATED, r.status());
    }

    @Test
    void theCheckerEnforcesTheRules() {
        assertCode(SPEC.replace("property NeverDown == [](", "property NeverDown == <>("), Code.BAD_TRANSITION_PROPERTY);
        assertCode(SPEC.replace("R[n].x' >= R[n].x)", "(R[n].x')' >= R[n].x)"), Code.NESTED_PRIME);
        assertCode(SPEC + "fair group G { R.Down }\n", Code.UNKNOWN_FAIR_ACTION);
        assertCode(SPEC.replace("when x + d <= 3", "when x + d <= 3 /\\ moves < 9"), Code.GHOST_READ_BY_NODE);
        assertCode(SPEC.replace("ghost var moves: int = 0", "ghost var moves: int \\in {0}"), Code.GHOST_INIT_FROM_SET);
        assertCode(SPEC.replace("invariant Small == ", "invariant Small == Safe /\\ "), Code.RECURSIVE_DEFINITION);
        assertCode(SPEC.replace("invariant Small ==", "invariant Small == R[a].x' = 0 /\\"), Code.BAD_PRIME);
    }

    private static void assertCode(String text, Code code) {
        Frontend.Compilation c = Frontend.compile("steps.lstep", text);
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.code() == code), () -> code + " expected, got "
                + c.diagnostics());
    }
}
