package dev.lockstep.invariants.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.eval.ModelInstance;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prover and docs/language.md section 12.1: init predicates are part of the initial-state encoding, ghost
 * variables and invariants used as predicates are encoded as any variable and definition, and a transition
 * property is proved per step under the invariants.
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
    void aTransitionPropertyIsProvedPerStepUnderTheInvariants() {
        ModelInstance m = Specs.compile(SPEC, "m");
        ProveReport r = Prover.prove(m, options(List.of("Agree", "NoUndo"))).orElseThrow();
        assertTrue(r.allProved(), r::toString);
        assertTrue(r.queries().stream().anyMatch(q -> q.kind() == QueryResult.Kind.TRANSITION
                && q.subject().startsWith("NoUndo at ")), r::toString);
        // A property the step breaks: Fin sets done. The counterexample is the step, confirmed by the evaluator.
        ModelInstance broken = Specs.compile(SPEC.replace("property NoUndo == [](\\A n \\in Ns : R[n].done => R[n].done')",
                "property Never == [](\\A n \\in Ns : ~R[n].done => ~R[n].done')"), "m");
        ProveReport b = Prover.prove(broken, options(List.of("Never"))).orElseThrow();
        assertFalse(b.allProved(), b::toString);
        QueryResult cti = b.queries().stream().filter(q -> q.verdict() == Verdict.CTI).findFirst().orElseThrow();
        assertEquals(QueryResult.Kind.TRANSITION, cti.kind());
        assertTrue(cti.subject().startsWith("Never at R[") && cti.subject().contains("Fin"), cti.subject());
        assertTrue(cti.cti().replayed(), cti.cti().note());
    }

    /** A stable variable (docs/language.md, "Stable variables") is its transition property, proved per action. */
    @Test
    void stableVariablesAreProvedPerAction() {
        String spec = """
                protocol Decide
                const Nodes: set<node>
                message Vote { v: int }
                role Node at Nodes {
                  stable var decided: int = 0
                  input action Propose(v \\in {1, 2}) when decided = 0 do send Vote { v: v } to Nodes
                  on receive m: Vote when decided = 0 do decided' = m.v
                }
                model small { Nodes = {a, b} }
                """;
        ProveReport ok = Prover.prove(Specs.compile(spec, "small"), options(List.of())).orElseThrow();
        assertTrue(ok.allProved(), ok::toString);
        assertEquals(List.of("Stable_Node_decided"), ok.invariants());
        ProveReport twice = Prover.prove(Specs.compile(spec.replace("on receive m: Vote when decided = 0 do",
                "on receive m: Vote do"), "small"), options(List.of())).orElseThrow();
        assertTrue(twice.queries().stream().anyMatch(q -> q.verdict() == Verdict.CTI
                && q.subject().startsWith("Stable_Node_decided at Node[") && q.subject().contains("ReceiveVote")),
                twice::toString);
    }
}
