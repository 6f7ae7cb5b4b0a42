package dev.lockstep.lang.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Long flat lists cost no stack depth (they are balanced, and evaluate to the same value), and nesting deeper than
 * {@link Nesting#LIMIT} is an LS106 diagnostic with a span, never a {@link StackOverflowError}. Expressions just
 * below the limit compile and evaluate on a thread with the default 1 MB stack.
 */
class NestingTest {
    private static final String HEAD = "protocol Deep\nconst N: node\nrole R at N { var x: int = 0 }\n";

    private static String spec(String invariant) {
        return HEAD + "invariant I == " + invariant + "\nmodel m { N = n1 }\n";
    }

    private static String repeat(int n, IntFunction<String> part, String separator) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) s.append(i == 0 ? "" : separator).append(part.apply(i));
        return s.toString();
    }

    private static ExploreResult explore(String text) {
        Frontend.Compilation c = Frontend.compile("deep.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        ModelInstance m = ModelInstance.bind(c.spec().orElseThrow(), "m").orElseThrow();
        return new Explorer(m).run(ExploreOptions.defaults().withDeadlock(false));
    }

    private static int depth(Ast.Expr e) {
        List<Ast.Expr> children = new ArrayList<>();
        AstWalk.children(e, children);
        int max = 0;
        for (Ast.Expr c : children) if (c != null) max = Math.max(max, depth(c));
        return 1 + max;
    }

    private static Ast.Expr invariantBody(String text) {
        Frontend.Compilation c = Frontend.compile("deep.lstep", text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        var diags = new dev.lockstep.lang.diag.Diagnostics();
        Ast.Spec ast = Parser.parse(new dev.lockstep.lang.source.SourceFile("deep.lstep", text), diags);
        return ast.decls().stream().filter(d -> d instanceof Ast.InvariantDecl).map(d -> ((Ast.InvariantDecl) d).body())
                .findFirst().orElseThrow();
    }

    @Test
    void shortRunsKeepTheirWrittenShapeAndLongRunsAreBalanced() {
        Ast.Expr shortRun = invariantBody(spec("R[N].x + 1 + 2 + 3 > 0"));
        // (((x + 1) + 2) + 3) > 0: the sum nests to the left as written.
        Ast.Binary sum = (Ast.Binary) ((Ast.Binary) shortRun).left();
        assertTrue(sum.left() instanceof Ast.Binary l && l.left() instanceof Ast.Binary, shortRun::toString);
        Ast.Expr longRun = invariantBody(spec("R[N].x + " + repeat(100_000, i -> "1", " + ") + " > 0"));
        assertTrue(depth(longRun) < 25, "depth " + depth(longRun));
    }

    @Test
    void longFlatListsOfEveryAssociativeOperatorCompileAndEvaluateToTheirValue() {
        int n = 20_000;
        long sum = (long) n * (n - 1) / 2;
        String text = HEAD
                + "def Sum == " + repeat(n, Integer::toString, " + ") + "\n"
                + "invariant SumIs == Sum = " + sum + "\n"
                + "invariant Ors == " + repeat(n, i -> "R[N].x = " + (n - i), " \\/ ") + " \\/ R[N].x = 0\n"
                + "invariant Ands == " + repeat(n, i -> "R[N].x < " + (i + 1), " /\\ ") + "\n"
                + "invariant Bulleted ==\n" + repeat(n, i -> "  \\/ R[N].x = " + (i - 1), "\n") + "\n"
                + "invariant Product == " + repeat(n, i -> i % 100 == 0 ? "-1" : "1", " * ") + " = 1\n"
                + "invariant Union == " + repeat(n, i -> "{" + i + "}", " \\cup ") + " = 0.." + (n - 1) + "\n"
                + "invariant Meet == " + repeat(n, i -> "0..1", " \\cap ") + " = {0, 1}\n"
                + "invariant Concat == Len(" + repeat(n, i -> "<<" + i + ">>", " \\o ") + ") = " + n + "\n"
                + "invariant Merged == DOMAIN (" + repeat(n, i -> "(" + i + " :> TRUE)", " @@ ") + ") = 0.." + (n - 1) + "\n"
                + "model m { N = n1 }\n";
        ExploreResult r = explore(text);
        assertEquals(ExploreResult.Status.HOLDS, r.status(), () -> String.valueOf(r.fault()));
    }

    @Test
    void aLongOneLineSpecCompiles() {
        String text = spec(repeat(300_000, i -> "R[N].x = " + i, " \\/ "));
        assertTrue(text.length() > 5_000_000);
        assertEquals(ExploreResult.Status.HOLDS, explore(text).status());
    }

    private static void assertTooDeep(String text) {
        Frontend.Compilation c = Frontend.compile("deep.lstep", text);
        assertFalse(c.ok());
        List<Diagnostic> errors = c.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.stream().anyMatch(d -> d.code() == Code.NESTED_TOO_DEEPLY), () -> errors.toString());
        for (Diagnostic d : errors) {
            assertTrue(d.span().start() >= 0 && d.span().end() <= text.length());
        }
        String rendered = DiagnosticPrinter.render(c.diagnostics());
        assertTrue(rendered.contains("error[LS106]: expression nested too deeply"), rendered);
        assertTrue(rendered.lines().allMatch(l -> l.length() < 400), "diagnostic lines are excerpted");
    }

    @Test
    void everyKindOfDeepNestingIsLS106() {
        int deep = 10_000;
        assertTooDeep(spec("(".repeat(deep) + "TRUE" + ")".repeat(deep)));
        assertTooDeep(spec("~".repeat(deep) + "TRUE"));
        assertTooDeep(spec("R[N].x \\in " + "{".repeat(deep) + "0" + "}".repeat(deep)));
        assertTooDeep(spec(repeat(deep, i -> "IF R[N].x = " + i + " THEN TRUE ELSE", " ") + " FALSE"));
        assertTooDeep(spec("R[N].x" + " - 1".repeat(deep) + " < 0"));
        assertTooDeep(spec("TRUE" + " => TRUE".repeat(deep)));
        assertTooDeep(spec("-".repeat(deep) + "1 < 0"));
        assertTooDeep(spec("[a |-> 1]" + ".a".repeat(deep) + " = 1"));
        assertTooDeep(spec("<<1>>" + "[1]".repeat(deep) + " = 1"));
        assertTooDeep(spec(repeat(deep, i -> "\\A v" + i + " \\in {1} :", " ") + " TRUE"));
        assertTooDeep(spec(repeat(deep, i -> "LET a" + i + " == 1 IN", " ") + " TRUE"));
        assertTooDeep(spec("1 + (".repeat(deep) + "1" + ")".repeat(deep) + " > 0"));
        assertTooDeep(HEAD.replace("var x: int = 0", "var x: " + "set<".repeat(deep) + "int" + ">".repeat(deep)
                + " = {}") + "model m { N = n1 }\n");
    }

    private static String chainOfDefinitions(int length) {
        StringBuilder s = new StringBuilder(HEAD).append("def D0 == 1\n");
        for (int i = 1; i < length; i++) s.append("def D").append(i).append(" == D").append(i - 1).append(" + 1\n");
        return s.append("invariant I == R[N].x < D").append(length - 1).append("\nmodel m { N = n1 }\n").toString();
    }

    @Test
    void aLongChainOfDefinitionsIsLS106() {
        Frontend.Compilation c = Frontend.compile("chain.lstep", chainOfDefinitions(20_000));
        assertFalse(c.ok());
        assertEquals(List.of(Code.NESTED_TOO_DEEPLY), c.diagnostics().stream().map(Diagnostic::code).toList(),
                () -> DiagnosticPrinter.render(c.diagnostics()));
    }

    /**
     * Just below the limit, in the forms that nest the tree (a parenthesised operand counts twice in the parser):
     * parsed, checked and evaluated on a thread with the JVM's default stack on 64-bit Linux (1 MB), as a library
     * caller's thread has. Half of it was tried as a margin test and overflowed in 1 of 4 runs under load (interpreted
     * frames are larger before the JIT compiles the checker), so the default stack itself is what is pinned.
     */
    @Test
    void nestingJustBelowTheLimitWorksOnADefaultThreadStack() throws InterruptedException {
        int d = Nesting.LIMIT - 10;
        String text = HEAD.replace("var x: int = 0", "var x: int = 0\n  auto action Step when "
                        + "~".repeat(d - 2) + "(x > 100) do x' = "
                        + repeat(d / 2 - 2, i -> "IF x = " + i + " THEN 1 ELSE", " ") + " 0")
                + "def Sub(v: int) == v" + " - 0".repeat(d - 3) + "\n"
                + "def Par(v: int) == " + "(v + ".repeat(d / 2 - 3) + "0" + ")".repeat(d / 2 - 3) + "\n"
                + "invariant I == Sub(R[N].x) + Par(R[N].x) >= 0\nmodel m { N = n1 }\n";
        assertEquals(ExploreResult.Status.HOLDS, onADefaultThreadStack(text));
        // Each definition nests two levels (+ and the call) and the invariant two more.
        assertEquals(ExploreResult.Status.HOLDS, onADefaultThreadStack(chainOfDefinitions(Nesting.LIMIT / 2 - 2)));
        assertFalse(Frontend.compile("chain.lstep", chainOfDefinitions(Nesting.LIMIT / 2 + 2)).ok());
    }

    private static Object onADefaultThreadStack(String text) throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(explore(text).status());
            } catch (Throwable e) {
                outcome.set(e);
            }
        }, "default-stack", 1024 * 1024);
        t.start();
        t.join();
        if (outcome.get() instanceof Throwable e) throw new AssertionError(e);
        return outcome.get();
    }
}
