package dev.lockstep.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import org.junit.jupiter.api.Test;

/** Regression tests for front-end bugs found while writing docs/language.md. */
class LanguageRegressionTest {

    private static Frontend.Compilation compile(String text) {
        return Frontend.compile("regression.lstep", text);
    }

    private static ExploreResult explore(String text, String model) {
        Frontend.Compilation c = compile(text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        ModelInstance instance = ModelInstance.bind(c.spec().orElseThrow(), model).orElseThrow();
        return new Explorer(instance).run(ExploreOptions.defaults().withDeadlock(false));
    }

    private static boolean reports(Frontend.Compilation c, Code code) {
        return c.diagnostics().stream().anyMatch(d -> d.isError() && d.code() == code);
    }

    /** SUBSET S was typed set<T> instead of set<set<T>>. */
    @Test
    void subsetIsASetOfSets() {
        ExploreResult r = explore("""
                protocol P
                const S: set<node>
                invariant Q == \\A q \\in {x \\in SUBSET S : 2 * Cardinality(x) > Cardinality(S)} : q \\subseteq S
                invariant Two == SUBSET {1, 2} = {{}, {1}, {2}, {1, 2}}
                model m { S = {a, b, c} }
                """, "m");
        assertEquals(ExploreResult.Status.HOLDS, r.status());
    }

    /** \o of two tuple literals was typed as a tuple (or rejected when their lengths differed). */
    @Test
    void concatenationOfTupleLiteralsIsASequence() {
        ExploreResult r = explore("""
                protocol P
                invariant C == <<1, 2, 3>> \\o <<4>> = <<1, 2, 3, 4>> /\\ (<<1, 2>> \\o <<3, 4>>)[4] = 4
                model m { }
                """, "m");
        assertEquals(ExploreResult.Status.HOLDS, r.status());
    }

    /** A binding that used a constant declared (so evaluated) later crashed with a NullPointerException. */
    @Test
    void bindingMayNotUseALaterConstant() {
        Frontend.Compilation direct = compile("""
                protocol P
                const B: int
                const A: int
                model m { B = A + 1  A = 1 }
                """);
        assertTrue(reports(direct, Code.UNKNOWN_NAME), () -> DiagnosticPrinter.render(direct.diagnostics()));
        Frontend.Compilation viaDef = compile("""
                protocol P
                const B: int
                const A: int
                def Next == A + 1
                model m { B = Next  A = 1 }
                """);
        assertTrue(reports(viaDef, Code.UNKNOWN_NAME), () -> DiagnosticPrinter.render(viaDef.diagnostics()));
        Frontend.Compilation earlier = compile("""
                protocol P
                const A: int
                const B: int
                def Next == A + 1
                model m { B = Next  A = 1 }
                """);
        assertTrue(earlier.ok(), () -> DiagnosticPrinter.render(earlier.diagnostics()));
    }

    /** A parameter ranging over a set map of Nat passed the finiteness check and faulted at run time. */
    @Test
    void setMapOverNatIsInfinite() {
        Frontend.Compilation c = compile("""
                protocol P
                const N: node
                role R at N {
                  var x: int = 0
                  input action Set(v \\in {k * 2 : k \\in Nat}) do x' = v
                }
                model m { N = n1 }
                """);
        assertTrue(reports(c, Code.INFINITE_DOMAIN), () -> DiagnosticPrinter.render(c.diagnostics()));
    }

    /** A range whose size overflows 64 bits evaluated to the empty set instead of faulting. */
    @Test
    void hugeRangeIsNotEnumerable() {
        ExploreResult r = explore("""
                protocol P
                invariant Big == Cardinality((-9223372036854775807 - 1)..9223372036854775807) >= 0
                model m { }
                """, "m");
        assertEquals(ExploreResult.Status.EVALUATION_ERROR, r.status());
        assertEquals(Code.NOT_ENUMERABLE, r.fault().code());
    }

    /** A second 'constraint' in a model silently replaced the first; all constraints now apply. */
    @Test
    void severalConstraintsAllApply() {
        ExploreResult r = explore("""
                protocol P
                const N: node
                role R at N { var x: int = 0  auto action Inc do x' = x + 1 }
                model m { N = n1  constraint R[N].x < 5  constraint R[N].x # 3 }
                """, "m");
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertEquals(3, r.distinct());
        assertEquals(4, r.generated());
    }
}
