package dev.lockstep.lang.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.BoolV;
import dev.lockstep.lang.value.EnumV;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Evaluates {@code def D == <expr>} of a tiny spec, bound to its model, in the model's initial state. */
class EvaluatorTest {
    private static final String SPEC = """
            protocol T
            const Nodes: set<node>
            enum Color { red, green, blue }
            role R at Nodes {
              var x: int = 0
            }
            def Twice(n: int) == n + n
            def D ==
              %s
            model m { Nodes = {n1, n2} }
            """;

    private static Value eval(String expr) {
        Frontend.Compilation c = Frontend.compile("eval.lstep", SPEC.formatted(expr));
        assertTrue(c.ok(), () -> expr + "\n" + DiagnosticPrinter.render(c.diagnostics()));
        CheckedSpec spec = c.spec().orElseThrow();
        ModelInstance instance = ModelInstance.bind(spec, "m").orElseThrow();
        Value[] state = new Transitions(instance).initialStates().get(0).slots().clone();
        CheckedSpec.Def d = spec.defs().stream().filter(x -> x.name().equals("D")).findFirst().orElseThrow();
        return new Evaluator(instance).eval(d.body(), Env.global(state, d.frameSize()));
    }

    private static void check(String expr, Value expected) {
        assertEquals(expected, eval(expr), expr);
    }

    /** Evaluating {@code expr} faults with {@code code} at the sub-expression spelled {@code spanText}. */
    private static void fault(String expr, Code code, String spanText) {
        EvalException e = assertThrows(EvalException.class, () -> eval(expr), expr);
        assertEquals(code, e.code(), expr + ": " + e.getMessage());
        assertEquals(spanText, e.span().text(), expr + ": " + e.getMessage());
        assertEquals(code, e.toDiagnostic().code());
    }

    private static IntV i(long v) { return IntV.of(v); }

    private static SetV ints(long... vs) {
        List<Value> out = new ArrayList<>();
        for (long v : vs) out.add(i(v));
        return SetV.of(out);
    }

    private static final BoolV T = BoolV.TRUE;
    private static final BoolV F = BoolV.FALSE;

    @Test
    void literalsConstantsAndLabels() {
        check("42", i(42));
        check("\"ab\"", new StrV("ab"));
        check("TRUE", T);
        check("green", new EnumV("Color", "green", 1));
        check("Nodes", SetV.of(new NodeV("n1"), new NodeV("n2")));
        check("BOOLEAN", SetV.of(F, T));
    }

    @Test
    void arithmeticIsExactAndFloored() {
        check("2 + 3 * 4", i(14));
        check("10 - 2 - 3", i(5));
        check("7 \\div 2", i(3));
        check("-7 \\div 2", i(-4));
        check("-7 % 2", i(1));
        check("-(3)", i(-3));
        check("9223372036854775806 + 1", i(Long.MAX_VALUE));
    }

    @Test
    void logicAndComparison() {
        check("~TRUE", F);
        check("TRUE <=> FALSE", F);
        check("FALSE => FALSE", T);
        check("1 < 2 /\\ 2 <= 2 /\\ 3 > 2 /\\ 3 >= 3", T);
        check("1 = 1 /\\ 1 /= 2 /\\ \"a\" # \"b\"", T);
        // /\, \/ and => are short-circuit: the faulting operand is never evaluated.
        check("FALSE /\\ 1 \\div 0 = 0", F);
        check("TRUE \\/ 1 \\div 0 = 0", T);
        check("FALSE => 1 \\div 0 = 0", T);
    }

    @Test
    void setsAndQuantifiers() {
        check("{3, 1, 2, 3}", ints(1, 2, 3));
        check("{1, 2, 3} \\cup {5}", ints(1, 2, 3, 5));
        check("{1, 2, 3} \\cap {2, 3, 4}", ints(2, 3));
        check("{1, 2, 3} \\ {2}", ints(1, 3));
        check("{1} \\subseteq {1, 2} /\\ ~({3} \\subseteq {1, 2})", T);
        check("3 \\in 1..5 /\\ 3 \\notin {1} /\\ 0 \\in Nat /\\ -1 \\notin Nat /\\ -1 \\in Int", T);
        check("3..1", SetV.EMPTY);
        check("SUBSET {1, 2}", SetV.of(SetV.EMPTY, ints(1), ints(2), ints(1, 2)));
        check("UNION {{1}, {2, 3}}", ints(1, 2, 3));
        check("Cardinality(1..4)", i(4));
        check("Min({3, 9, 4}) + Max({3, 9, 4})", i(12));
        check("\\A v \\in 1..3 : v > 0", T);
        check("\\A v \\in 1..3 : v > 1", F);
        check("\\E v \\in 1..3 : v > 2", T);
        check("\\E u, v \\in 1..3 : u + v = 7", F);
        check("\\E u \\in 1..3, v \\in 4..5 : u + v = 8", T);
        check("CHOOSE v \\in {5, 3, 9} : v > 1", i(3));
        check("{v \\in 1..5 : v % 2 = 0}", ints(2, 4));
        check("{v * v : v \\in -1..2}", ints(0, 1, 4));
    }

    @Test
    void functionsRecordsAndSequences() {
        check("[v \\in 1..2 |-> v * 10][2]", i(20));
        check("DOMAIN [v \\in {1, 3} |-> 0]", ints(1, 3));
        check("[u, v \\in 1..2 |-> u - v][2, 1]", i(1));
        check("[[v \\in 1..3 |-> 0] EXCEPT ![2] = @ + 5, ![3] = 7]",
                new FnV(new Value[] {i(1), i(2), i(3)}, new Value[] {i(0), i(5), i(7)}));
        check("[[a |-> 1, b |-> 2] EXCEPT !.a = @ + 10].a", i(11));
        check("[a |-> 1, b |-> TRUE].b", T);
        check("(1 :> 2 @@ 3 :> 4)[3]", i(4));
        check("(1 :> 2 @@ 1 :> 4)[1]", i(2));
        check("<<1, \"a\">>[2]", new StrV("a"));
        check("Len(<<1, 2, 3>>)", i(3));
        check("Append(<<1>>, 2)", SeqV.of(i(1), i(2)));
        check("<<1>> \\o <<2, 3>>", SeqV.of(i(1), i(2), i(3)));
        check("Append(<<>>, 1) \\o <<2>>", SeqV.of(i(1), i(2)));
        check("Head(<<4, 5>>)", i(4));
        check("Tail(<<4, 5>>)", SeqV.of(i(5)));
        check("SubSeq(<<1, 2, 3, 4>>, 2, 3)", SeqV.of(i(2), i(3)));
        check("[<<7, 8>> EXCEPT ![1] = 0]", SeqV.of(i(0), i(8)));
    }

    @Test
    void controlFlowDefinitionsAndState() {
        check("IF 1 > 2 THEN 10 ELSE 20", i(20));
        check("CASE 1 > 2 -> 1 [] 2 > 1 -> 2 [] OTHER -> 3", i(2));
        check("CASE FALSE -> 1 [] OTHER -> 9", i(9));
        check("LET a == 2 b == a * 3 IN a + b", i(8));
        check("Twice(Twice(3))", i(12));
        check("\\A n \\in Nodes : R[n].x = 0", T);
    }

    @Test
    void faultsNameTheirCodeAndSpan() {
        fault("1 + [v \\in 1..3 |-> v][4]", Code.FUNCTION_OUTSIDE_DOMAIN, "[v \\in 1..3 |-> v][4]");
        fault("Append(<<>>, 1)[2]", Code.FUNCTION_OUTSIDE_DOMAIN, "Append(<<>>, 1)[2]");
        fault("SubSeq(<<1, 2>>, 1, 3)", Code.FUNCTION_OUTSIDE_DOMAIN, "SubSeq(<<1, 2>>, 1, 3)");
        fault("CHOOSE v \\in 1..0 : TRUE", Code.CHOOSE_FAILED, "CHOOSE v \\in 1..0 : TRUE");
        fault("1 + CHOOSE v \\in 1..3 : v > 5", Code.CHOOSE_FAILED, "CHOOSE v \\in 1..3 : v > 5");
        fault("1 + (9223372036854775807 + 1)", Code.OVERFLOW, "9223372036854775807 + 1");
        fault("0 - 9223372036854775807 - 2", Code.OVERFLOW, "0 - 9223372036854775807 - 2");
        fault("2 * (4611686018427387904 * 2)", Code.OVERFLOW, "4611686018427387904 * 2");
        fault("1 + -(0 - 9223372036854775807 - 1)", Code.OVERFLOW, "-(0 - 9223372036854775807 - 1)");
        fault("(0 - 9223372036854775807 - 1) \\div -1", Code.OVERFLOW, "(0 - 9223372036854775807 - 1) \\div -1");
        fault("1 + 7 \\div (3 - 3)", Code.DIVISION_BY_ZERO, "7 \\div (3 - 3)");
        fault("7 % 0", Code.DIVISION_BY_ZERO, "7 % 0");
        fault("1 + Head(Tail(<<1>>))", Code.EMPTY_SEQUENCE, "Head(Tail(<<1>>))");
        fault("Len(Tail(Tail(<<1>>)))", Code.EMPTY_SEQUENCE, "Tail(Tail(<<1>>))");
        fault("CASE 1 > 2 -> 1", Code.EVALUATION_FAULT, "CASE 1 > 2 -> 1");
        fault("Max({v \\in {1} : v > 1})", Code.EVALUATION_FAULT, "Max({v \\in {1} : v > 1})");
        // The range's size overflows a signed long; it must be refused, not crash the evaluator.
        fault("Cardinality((0 - 9223372036854775807)..9223372036854775807)", Code.NOT_ENUMERABLE,
                "(0 - 9223372036854775807)..9223372036854775807");
        fault("Cardinality(SUBSET (1..21))", Code.NOT_ENUMERABLE, "SUBSET (1..21)");
    }
}
