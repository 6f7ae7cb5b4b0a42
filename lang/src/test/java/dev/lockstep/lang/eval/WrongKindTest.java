package dev.lockstep.lang.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The checker keeps values of the wrong kind away from operators, so these cases take a checked definition and swap
 * one operand for a value of another kind (as an ANY-typed hole could): the evaluator must report an LS706 fault at
 * the operator, naming the expected kind, and never throw a ClassCastException.
 */
class WrongKindTest {
    private static final String SPEC = """
            protocol T
            const Nodes: set<node>
            role R at Nodes {
              var x: int = 0
            }
            def D ==
              %s
            model m { Nodes = {n1} }
            """;

    private static EvalException fault(String expr, UnaryOperator<Expr> swap) {
        Frontend.Compilation c = Frontend.compile("kinds.lstep", SPEC.formatted(expr));
        assertTrue(c.ok(), expr);
        CheckedSpec spec = c.spec().orElseThrow();
        CheckedSpec.Def d = spec.defs().get(0);
        Expr body = swap.apply(d.body());
        Evaluator evaluator = new Evaluator(spec, new Value[spec.consts().size()], null);
        EvalException e = assertThrows(EvalException.class,
                () -> evaluator.eval(body, Env.global(new Value[0], d.frameSize())), expr);
        assertEquals(Code.EVALUATION_FAULT, e.code(), e.getMessage());
        return e;
    }

    private static Expr.Lit set(Expr.Lit lit) {
        return new Expr.Lit(SetV.of(List.of(IntV.of(1))), lit.type(), lit.span());
    }

    @Test
    void anArithmeticOperandThatIsASet() {
        EvalException e = fault("1 + 2", b -> {
            Expr.Binary plus = (Expr.Binary) b;
            return new Expr.Binary(plus.op(), set((Expr.Lit) plus.left()), plus.right(), plus.type(), plus.span());
        });
        assertEquals("1 + 2", e.span().text());
        assertTrue(e.getMessage().contains("expected an integer, got {1}"), e.getMessage());
    }

    @Test
    void aBuiltinArgumentOfTheWrongKind() {
        EvalException e = fault("Len(<<1>>)", b -> {
            Expr.BuiltinCall len = (Expr.BuiltinCall) b;
            Expr.TupleLit t = (Expr.TupleLit) len.args().get(0);
            Expr arg = set((Expr.Lit) t.elements().get(0));
            return new Expr.BuiltinCall(len.fn(), List.of(arg), len.type(), len.span());
        });
        assertEquals("Len(<<1>>)", e.span().text());
        assertTrue(e.getMessage().contains("expected a sequence, got {1}"), e.getMessage());
    }

    @Test
    void aFieldOfSomethingThatIsNotARecord() {
        EvalException e = fault("[a |-> 1].a", b -> {
            Expr.FieldAccess f = (Expr.FieldAccess) b;
            Expr.RecordCtor r = (Expr.RecordCtor) f.target();
            return new Expr.FieldAccess(set((Expr.Lit) r.values().get(0)), f.field(), f.type(), f.span());
        });
        assertEquals("[a |-> 1].a", e.span().text());
        assertTrue(e.getMessage().contains("expected a record, got {1}"), e.getMessage());
    }
}
