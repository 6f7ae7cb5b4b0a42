package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.eval.ModelInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prover and docs/language.md section 12.1: init predicates are part of the initial-state encoding, ghost
 * variables and invariants used as predicates are encoded as any variable and definition, and a transition
 * property is refused with LS870 naming it.
 */
class StepPropertiesProofTest {
    static final String SPEC = """
            protocol Tokens
            const Ns: set<node>
            role R at Ns {
              var t: int \\in {0, 1}
              var done: bool = FALSE
              ghost var steps: int = 0
              auto action Fin when ~done do done' = TRUE  steps' = steps + 1
            }
            init Same == \\A a, b \\in Ns : R[a].t = R[b].t
            invariant Agree == \\A a, b \\in Ns : R[a].t = R[b].t
            invariant Counted == Agree /\\ \\A n \\in Ns : R[n].steps = IF R[n].done THEN 1 ELSE 0
            property NoUndo == [](\\A n \\in Ns : R[n].done => R[n].done')
            model m { Ns = {a, b}  check Agree, Counted }
            """;

    private static Prover.Options options(List<String> invariants) {
        return new Prover.Options(invariants, 3, Duration.ofSeconds(60));
    }

    @Test
    void theInitPredicateIsEncodedSoItsInvariantIsProved() {
        ModelInstance m = Specs.compile(SPEC, "m");
        ProveReport r = Prover.prove(m, options(List.of("Agree", "Counted"))).orElseThrow();
        assertTrue(r.allProved(), r::toString);
        // Without the init predicate, two nodes may start with different tokens: initiation fails.
        ModelInstance free = Specs.compile(SPEC.replace("init Same ==", "invariant SameToo =="), "m");
        assertFalse(Prover.prove(free, options(List.of("Agree"))).orElseThrow().allProved());
    }

    @Test
    void aTransitionPropertyIsRefusedByName() {
        ModelInstance m = Specs.compile(SPEC, "m");
        var failed = Prover.prove(m, options(List.of("NoUndo")));
        assertTrue(failed.diagnostics().stream().anyMatch(d -> d.code() == Code.UNSUPPORTED_BY_PROVER
                && d.message().contains("NoUndo") && d.message().contains("transition property")),
                failed.diagnostics()::toString);
    }
}
