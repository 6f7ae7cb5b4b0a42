package dev.lockstep.modelcheck;

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
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The reproducers of issue 11 that concern {@code check} ({@code src/test/resources/repro/}, each file's header
 * says what went wrong): TLC on the translation must now give the explorer's verdict and counts, or, for integers
 * beyond TLC's 32 bits, say so clearly (LS807) before TLC runs.
 */
class ReproducersTest {
    private static final Path DIR = Path.of("src/test/resources/repro");
    private static final String INT32 = "int32-explore-vs-tlc.lstep";

    static CheckedSpec compile(Path file) {
        Frontend.Compilation c = Frontend.load(file);
        assertTrue(c.ok(), () -> file + ":\n" + DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }

    private static List<Path> reproducers() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".lstep")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> tlcAgreesWithTheExplorerOnEveryReproducer() {
        List<Path> files = reproducers();
        assertEquals(12, files.size(), "reproducers: " + files);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().equals(INT32)) continue;
            CheckedSpec spec = compile(file);
            for (CheckedSpec.Model m : spec.models()) {
                tests.add(DynamicTest.dynamicTest(file.getFileName() + "#" + m.name(), () -> {
                    CrossCheckTest.Answers a = CrossCheckTest.crossCheck(spec, m.name());
                    // Counts agree on a deadlock too (crossCheck compares them when the model holds). On an invariant
                    // violation each checker stops counting at its own point (the explorer before counting the
                    // violating state), so only the verdict and the counterexample's length are compared.
                    if (a.explored().status() != ExploreResult.Status.INVARIANT_VIOLATED) {
                        assertEquals(a.explored().distinct(), a.tlc().distinct(), "distinct states");
                        assertEquals(a.explored().generated(), a.tlc().generated(), "generated states");
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static CheckResult check(CheckedSpec spec, String model) {
        TlaModule module = TlaTranslator.translate(spec);
        ModelInstance instance = ModelInstance.bind(spec, model).orElseThrow();
        return ModelChecker.check(instance, module, TlcOptions.defaults());
    }

    private static Diagnostic onlyIntegerRange(CheckResult r) {
        String text = DiagnosticPrinter.render(r.diagnostics());
        assertEquals(CheckResult.Status.TOOL_ERROR, r.status(), text);
        assertEquals(1, r.diagnostics().size(), text);
        assertEquals(Code.TLC_INTEGER_RANGE, r.diagnostics().get(0).code(), text);
        assertFalse(text.contains("Exception"), text);
        return r.diagnostics().get(0);
    }

    @Test
    void anIntegerLiteralBeyondTlcIsNamedBeforeTlcRuns() {
        CheckedSpec spec = compile(DIR.resolve(INT32));
        CheckResult r = check(spec, "m");
        Diagnostic d = onlyIntegerRange(r);
        assertTrue(d.message().contains("2147483649"), d.message());
        assertEquals(10, d.span().line(), "the span of the literal");
        assertEquals(0, r.distinct(), "TLC did not run");
    }

    @Test
    void aConstantValueBeyondTlcIsNamedBeforeTlcRuns() {
        CheckedSpec spec = compile(Path.of("big-constant.lstep"), """
                protocol BigConst
                const A: node
                const Limits: seq<int>
                role R at A {
                  var x: int = 0
                  auto action Inc when x < Len(Limits) do x' = x + 1
                }
                model m { A = a  Limits = <<1, -3000000000>> }
                """);
        Diagnostic d = onlyIntegerRange(check(spec, "m"));
        assertTrue(d.message().contains("Limits") && d.message().contains("-3000000000"), d.message());
    }

    @Test
    void anIntegerComputedBeyondTlcIsReportedFromTlcsError() {
        // Every literal fits in 32 bits; x * 2 does not once x is large. The explorer (64-bit) finds the deadlock.
        CheckedSpec spec = compile(Path.of("overflow.lstep"), """
                protocol Overflow
                const A: node
                role R at A {
                  var x: int = 2147483646
                  auto action Inc when x < 2147483647 /\\ x * 2 > 0 do x' = x + 1
                }
                model m { A = a }
                """);
        Diagnostic d = onlyIntegerRange(check(spec, "m"));
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("Overflow")), d.notes()::toString);
    }

    @Test
    void theInt32ReproducerStillExploresWith64BitIntegers() {
        CheckedSpec spec = compile(DIR.resolve(INT32));
        ModelInstance m = ModelInstance.bind(spec, "m").orElseThrow();
        ExploreResult explored = new Explorer(m).run(ExploreOptions.defaults());
        assertEquals(ExploreResult.Status.DEADLOCK, explored.status());
        assertEquals(3, explored.distinct());
    }

    @Test
    void tlcsChooseOverNodesPicksAsLockstepWhateverOrderTheModelNamesThem() {
        // TLC orders model values by creation (first mention in the .cfg); the translation mentions every node
        // first, sorted, so TLC's CHOOSE over nodes is Lockstep's (the least node satisfying the predicate).
        CheckedSpec spec = compile(Path.of("choose.lstep"), """
                protocol ChooseNodes
                const Nodes: set<node>
                const Me: node
                const Second: node
                const Last: node
                const Ring: seq<node>
                role R at Me {
                  var first: node = CHOOSE n \\in Nodes \\cup {Me} : TRUE
                  var second: node = CHOOSE n \\in Nodes \\cup {Me} : n /= CHOOSE k \\in Nodes \\cup {Me} : TRUE
                  var last: node = CHOOSE n \\in {Ring[i] : i \\in DOMAIN Ring} : TRUE
                  auto action Stay do skip
                }
                invariant Order == R[Me].first = Me /\\ R[Me].second = Second /\\ R[Me].last = Last
                model m { Nodes = {zed, bee, yak}  Me = ant  Second = bee  Last = cat  Ring = <<eel, dog, cat>> }
                """);
        CrossCheckTest.crossCheck(spec, "m");
        assertEquals(CheckResult.Status.HOLDS, check(spec, "m").status());
    }

    @Test
    void nodeNamesThatTlcWouldTypeAreRenamed() {
        // TLC types a model value named a_1 as "a" and refuses to compare it with r_1 (type "r"): "Attempted to check
        // equality of the differently-typed model values". Found by AdversarialNamesProperties (a node named i became
        // i_1 to avoid the helpers' i).
        CheckedSpec spec = compile(Path.of("typed.lstep"), """
                protocol Typed
                const Nodes: set<node>
                role R at Nodes {
                  var x: int = 0
                  auto action Go(n \\in Nodes) when x < 1 /\\ n /= self do x' = x + 1
                }
                model m { Nodes = {a_1, r_1, r_2, i} }
                """);
        CrossCheckTest.crossCheck(spec, "m");
        assertEquals(CheckResult.Status.DEADLOCK, check(spec, "m").status());
    }

    @Test
    void theLeast32BitIntegerIsSpelledSoTlcCanReadIt() {
        // TLC reads -2147483648 as the negation of 2147483648, a number it cannot hold.
        CheckedSpec spec = compile(Path.of("least.lstep"), """
                protocol Least
                const A: node
                const Low: int
                role R at A {
                  var x: int = Low
                  auto action Inc when x < Low + 2 do x' = x + 1
                }
                invariant Negative == R[A].x < 0
                model m { A = a  Low = -2147483648 }
                """);
        CrossCheckTest.crossCheck(spec, "m");
    }

    static CheckedSpec compile(Path name, String text) {
        Frontend.Compilation c = Frontend.compile(name.toString(), text);
        assertTrue(c.ok(), () -> DiagnosticPrinter.render(c.diagnostics()));
        return c.spec().orElseThrow();
    }
}
