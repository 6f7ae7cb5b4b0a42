package dev.lockstep.lang.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.testing.EveryExprKind;
import dev.lockstep.lang.value.BoolV;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The compiler's optimisations change no result: constant sub-expressions evaluated at compile time, and
 * quantifiers over small constant sets unrolled with their variables known. Each spec is explored with a
 * transition relation compiled with them and one compiled without, comparing every successor and every invariant
 * verdict, and every fault (code, span, message).
 */
class CompilerTest {
    private static final String QUANTIFIERS = """
            protocol Unroll
            const Nodes: set<node>
            const K: int
            enum St { a, b, c }
            role R at Nodes {
              var x: int = 0
              var st: St = a
              auto action Inc(d \\in 1..2)
                when x + d <= K /\\ \\A n \\in Nodes : n /= self \\/ x + d <= K
                do x' = x + d
                   st' = IF x + d = K THEN c ELSE b
            }
            def Peer(p: node) == CHOOSE q \\in Nodes : q /= p
            invariant Pairs == \\A p, q \\in Nodes : ~(R[p].st = c /\\ R[q].st = a /\\ R[p].x < R[q].x)
            invariant Some == \\E p \\in Nodes, k \\in 0..K : R[p].x = k /\\ k \\in {0, 1, 2, 3}
            invariant Mixed == \\A p \\in Nodes : \\A k \\in 0..R[p].x : R[Peer(p)].x + k >= 0
            invariant Consts == LET s == {i \\in 1..K : i > 1} IN Cardinality(s) = K - 1 /\\ [f \\in s |-> f * 2][2] = 4
            invariant DivByZero == \\A p \\in Nodes, k \\in 0..1 : R[p].x = 0 \\/ R[p].x \\div k >= 0
            invariant ConstantFault == \\A p \\in Nodes : R[p].x < 2 \\/ (\\A k \\in 0..1 : 6 \\div k > 0)
            model m { Nodes = {n1, n2, n3}  K = 3  check Pairs, Some, Mixed, Consts }
            model div { Nodes = {n1, n2}  K = 2  check DivByZero }
            model constFault { Nodes = {n1, n2}  K = 2  check ConstantFault }
            """;

    private static CheckedSpec compile(String text) {
        Frontend.Compilation c = Frontend.compile("unroll.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    private static Evaluator plain(ModelInstance model) {
        return new Evaluator(model.spec(), model.consts(), model, false);
    }

    @Test
    void everyKindOfExpressionGivesTheSameSuccessorsAndVerdicts() {
        agree(EveryExprKind.spec(), EveryExprKind.MODEL);
    }

    @Test
    void unrolledQuantifiersAndFoldedConstantsGiveTheSameVerdicts() {
        agree(compile(QUANTIFIERS), "m");
    }

    @Test
    void aFaultInAnUnrolledBodyIsTheSameFault() {
        EvalException fault = agree(compile(QUANTIFIERS), "div");
        assertNotNull(fault, "R[p].x \\div 0 is reached");
        assertEquals(Code.DIVISION_BY_ZERO, fault.code());
        assertEquals("R[p].x \\div k", fault.span().text());
    }

    @Test
    void aConstantThatFaultsIsLeftToFaultWhereItIsEvaluated() {
        EvalException fault = agree(compile(QUANTIFIERS), "constFault");
        assertNotNull(fault, "6 \\div 0 is reached once some x is 2");
        assertEquals(Code.DIVISION_BY_ZERO, fault.code());
        assertEquals("6 \\div k", fault.span().text());
    }

    @Test
    void constantSubExpressionsAreEvaluatedAtCompileTime() {
        CheckedSpec spec = compile(QUANTIFIERS);
        ModelInstance model = ModelInstance.bind(spec, "m").orElseThrow();
        Expr consts = invariant(spec, "Consts");
        assertEquals(BoolV.TRUE, new Evaluator(model).compile(consts).constant(), "it reads only constants");
        assertNull(plain(model).compile(consts).constant(), "without folding it is evaluated each time");
        Expr pairs = invariant(spec, "Pairs");
        assertNull(new Evaluator(model).compile(pairs).constant(), "it reads the state");
    }

    @Test
    void aQuantifierOverSmallConstantSetsIsUnrolled() {
        CheckedSpec spec = compile(QUANTIFIERS);
        ModelInstance model = ModelInstance.bind(spec, "m").orElseThrow();
        assertInstanceOf(LogicNodes.Unrolled.class, new Evaluator(model).compile(invariant(spec, "Pairs")));
        // Its domain 0..R[p].x depends on the state: the inner quantifier is a loop.
        Expr inner = ((Expr.Quant) invariant(spec, "Mixed")).body();
        assertTrue(!(new Evaluator(model).compile(inner) instanceof LogicNodes.Unrolled));
    }

    private static Expr invariant(CheckedSpec spec, String name) {
        return spec.invariants().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().body();
    }

    /**
     * Explores {@code modelName} breadth-first with both transition relations side by side, asserting that they
     * give the same initial states, the same successors (labels and states, in order) and the same invariant
     * verdicts; returns the fault both raised alike, or null when the whole space was explored without one.
     */
    private static EvalException agree(CheckedSpec spec, String modelName) {
        ModelInstance model = ModelInstance.bind(spec, modelName).orElseThrow();
        Transitions compiled = new Transitions(model);
        Transitions reference = new Transitions(model, plain(model));
        List<CheckedSpec.Invariant> invariants = spec.invariants().stream()
                .filter(i -> model.model().invariants().contains(i.name())).toList();
        Set<State> seen = new HashSet<>();
        ArrayDeque<State> queue = new ArrayDeque<>();
        try {
            for (State s : same(compiled::initialStates, reference::initialStates)) if (seen.add(s)) queue.add(s);
            while (!queue.isEmpty()) {
                State state = queue.poll();
                for (CheckedSpec.Invariant inv : invariants) {
                    same(() -> compiled.satisfies(state, inv.body(), inv.frameSize()),
                            () -> reference.satisfies(state, inv.body(), inv.frameSize()));
                }
                same(() -> steps(compiled, state), () -> steps(reference, state));
                compiled.successors(state, (label, next) -> {
                    if (seen.add(next)) queue.add(next);
                });
            }
        } catch (BothFaulted f) {
            return f.fault;
        }
        assertTrue(seen.size() > 1, "the actions fire");
        return null;
    }

    private static List<String> steps(Transitions t, State state) {
        List<String> out = new ArrayList<>();
        t.successors(state, (label, next) -> out.add(label.show() + " -> " + List.of(next.slots())));
        return out;
    }

    /** Both sides' result, asserted equal; when both fault, the faults are asserted alike and thrown as one. */
    private static <T> T same(Supplier<T> compiled, Supplier<T> reference) {
        Object a = outcome(compiled);
        Object b = outcome(reference);
        if (a instanceof EvalException fa && b instanceof EvalException fb) {
            assertEquals(fb.code(), fa.code(), fa.getMessage());
            assertEquals(fb.span(), fa.span(), fa.getMessage());
            assertEquals(fb.getMessage(), fa.getMessage());
            throw new BothFaulted(fa);
        }
        assertEquals(b, a);
        @SuppressWarnings("unchecked") T result = (T) a;
        return result;
    }

    private static Object outcome(Supplier<?> side) {
        try {
            return side.get();
        } catch (EvalException e) {
            return e;
        }
    }

    private static final class BothFaulted extends RuntimeException {
        final EvalException fault;

        BothFaulted(EvalException fault) {
            super(fault.getMessage());
            this.fault = fault;
        }
    }
}
