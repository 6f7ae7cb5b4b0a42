package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.ir.BinaryOp;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.Expr;
import dev.lockstep.lang.source.SourceFile;
import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.IntV;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Long flat {@code \/} and {@code /\} lists: SANY and TLC recurse once per operator of a flat chain and overflow
 * their stack on a thousand terms, so the translation nests long chains as balanced trees, and the printer itself
 * walks a chain without recursing per term.
 */
class LongJunctionsTest {

    /** A spec whose guard and invariants are 1,000-term junctions. */
    private static String spec(int terms) {
        StringJoiner anyX = new StringJoiner(" \\/ ");
        StringJoiner anyButFour = new StringJoiner(" \\/ ");
        StringJoiner allAbove = new StringJoiner(" /\\ ");
        for (int i = terms - 1; i >= 0; i--) {
            anyX.add("R[A].x = " + i);
            anyButFour.add("R[A].x = " + (i == 4 ? -1 : i));
            allAbove.add("x /= " + (terms + i));
        }
        return """
                protocol LongJunctions
                const A: node
                role R at {A} {
                  var x: int = 0
                  auto action Inc when x < 6 /\\ ALL_ABOVE do x' = x + 1
                  auto action Stay when x >= 6 do skip
                }
                invariant Listed == ANY_X
                invariant NotFour == ANY_BUT_FOUR
                model holds { A = a  check Listed }
                model violated { A = a  check NotFour }
                """.replace("ALL_ABOVE", allAbove.toString()).replace("ANY_X", anyX.toString())
                .replace("ANY_BUT_FOUR", anyButFour.toString());
    }

    @Test
    void thousandTermJunctionsGiveTheExplorersVerdictAndCountsInTlc() throws Throwable {
        // The front end and the explorer still recurse per term on this branch (lang's own fix is separate work):
        // they get a big stack here. TLC runs in its own JVM with its default stack, which is what is tested.
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                Frontend.Compilation c = Frontend.compile("long-junctions.lstep", spec(1000));
                assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
                CheckedSpec spec = c.spec().orElseThrow();
                CrossCheckTest.crossCheck(spec, "holds");
                CrossCheckTest.crossCheck(spec, "violated");
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "long-junctions", 512L << 20);
        t.start();
        t.join();
        if (failure[0] != null) throw failure[0];
    }

    @Test
    void longChainsArePrintedWithoutDeepRecursionOrDeepNesting() {
        Span span = new Span(new SourceFile("x.lstep", "x"), 0, 1);
        int terms = 200_000;
        // The printer spells top-level names as a translation allocated them: those of a tiny spec will do.
        CheckedSpec tiny = ReproducersTest.compile(java.nio.file.Path.of("tiny.lstep"), spec(1));
        TlaNames names = TlaNames.allocate(tiny, java.util.List.of(), Set.of(), java.util.List.of());
        for (BinaryOp op : new BinaryOp[] {BinaryOp.OR, BinaryOp.AND, BinaryOp.PLUS, BinaryOp.MINUS}) {
            Type type = op == BinaryOp.OR || op == BinaryOp.AND ? Type.BOOL : Type.INT;
            Expr chain = lit(0, span);
            for (int i = 1; i < terms; i++) chain = new Expr.Binary(op, chain, lit(i, span), type, span);
            String printed = new TlaExprPrinter(names).print(chain);
            assertEquals(terms, printed.split(" " + (op == BinaryOp.OR ? "\\\\/" : op == BinaryOp.AND ? "/\\\\"
                    : op == BinaryOp.PLUS ? "\\+" : "-") + " ").length, op + ": every term printed once");
            int depth = 0;
            int deepest = 0;
            for (char ch : printed.toCharArray()) {
                if (ch == '(') deepest = Math.max(deepest, ++depth);
                if (ch == ')') depth--;
            }
            // Associative chains nest as a balanced tree of 32-term lists; `-` stays one flat left-grouped list.
            int bound = op == BinaryOp.MINUS ? 0 : 2 + (int) Math.ceil(Math.log(terms / 32.0) / Math.log(2));
            assertTrue(deepest <= bound, op + ": parentheses nest " + deepest + " deep, expected at most " + bound);
        }
    }

    private static Expr lit(long v, Span span) {
        return new Expr.Lit(IntV.of(v), Type.INT, span);
    }
}
