package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.Code;
import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every way TLC can fail comes back as a Lockstep diagnostic with TLC's own words attached, never raw output. */
class TlcFailuresTest {
    private static final CheckedSpec TWO_PHASE = LibrarySpecs.compile("two-phase-commit.lstep");

    private static ModelInstance small(CheckedSpec spec, String model) {
        ModelInstance m = ModelInstance.bind(spec, model).orElseThrow();
        return m;
    }

    private static TlaModule translate(CheckedSpec spec) {
        TlaModule module = TlaTranslator.translate(spec);
        return module;
    }

    private static Diagnostic only(CheckResult r, Code code) {
        assertEquals(1, r.diagnostics().size(), () -> DiagnosticPrinter.render(r.diagnostics()));
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(code, d.code(), () -> DiagnosticPrinter.render(r.diagnostics()));
        return d;
    }

    @Test
    void tlaThatTlcRejectsIsReportedAsATranslatorBugWithTlcsMessage() {
        TlaModule good = translate(TWO_PHASE);
        TlaModule broken = good.withText(good.text().replace("Init ==", "Init == NoSuchOperator /\\"));
        CheckResult r = ModelChecker.check(small(TWO_PHASE, "small"), broken, TlcOptions.defaults());
        assertEquals(CheckResult.Status.INTERNAL_ERROR, r.status());
        Diagnostic d = only(r, Code.TLC_REJECTED_TRANSLATION);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("bug in Lockstep")), d.notes()::toString);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("NoSuchOperator")), d.notes()::toString);
    }

    @Test
    void tlcFindingNoInitialStateIsALockstepBugNeverAPass() {
        // A translation whose Init nothing satisfies (as when two spec names once shared one TLA+ variable): TLC
        // checks 0 states and says "no error"; the spec has initial states, so this is no pass but a Lockstep bug.
        TlaModule good = translate(TWO_PHASE);
        TlaModule empty = good.withText(good.text().replace("Init ==", "Init == FALSE /\\"));
        CheckResult r = ModelChecker.check(small(TWO_PHASE, "small"), empty, TlcOptions.defaults());
        assertEquals(CheckResult.Status.INTERNAL_ERROR, r.status(), () -> DiagnosticPrinter.render(r.diagnostics()));
        Diagnostic d = only(r, Code.TLC_NO_INITIAL_STATE);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("bug in Lockstep")), d.notes()::toString);
    }

    @Test
    void aTimeoutStopsTlcAndSaysSo() {
        CheckResult r = ModelChecker.check(small(TWO_PHASE, "rm5"), translate(TWO_PHASE),
                TlcOptions.defaults().withTimeout(Duration.ofMillis(300)));
        assertEquals(CheckResult.Status.TOOL_ERROR, r.status());
        assertTrue(only(r, Code.TLC_TIMEOUT).notes().stream().anyMatch(n -> n.contains("--timeout")));
    }

    @Test
    void runningOutOfMemoryAdvisesMoreHeap() {
        CheckResult r = ModelChecker.check(small(TWO_PHASE, "small"), translate(TWO_PHASE),
                TlcOptions.defaults().withHeap("6m"));
        assertEquals(CheckResult.Status.TOOL_ERROR, r.status());
        Diagnostic d = only(r, Code.TLC_OUT_OF_MEMORY);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("--heap")), d.notes()::toString);
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("OutOfMemoryError")), d.notes()::toString);
    }

    @Test
    void aMissingJavaIsReportedNotThrown() {
        CheckResult r = ModelChecker.check(small(TWO_PHASE, "small"), translate(TWO_PHASE),
                TlcOptions.defaults().withJava(Path.of("/nonexistent/bin/java")));
        assertEquals(CheckResult.Status.TOOL_ERROR, r.status());
        only(r, Code.TLC_NO_JAVA);
    }

    @Test
    void anEvaluationErrorInTlcComesBackWithTlcsMessage() throws Exception {
        String text = """
                protocol Faulty
                const N: set<node>
                network set
                role P at N {
                  var x: int = 0
                  auto action Step
                    when x < 1
                    do x' = Min({y \\in {x} : y > 5})
                }
                invariant Small == \\A n \\in N : P[n].x < 10
                model m { N = {a}  check Small }
                """;
        Path file = Files.createTempFile("faulty", ".lstep");
        try {
            Files.writeString(file, text);
            Frontend.Compilation c = Frontend.load(file);
            assertTrue(c.ok(), c.diagnostics()::toString);
            CheckedSpec spec = c.spec().orElseThrow();
            CheckResult r = ModelChecker.check(small(spec, "m"), translate(spec), TlcOptions.defaults());
            assertEquals(CheckResult.Status.TOOL_ERROR, r.status());
            Diagnostic d = only(r, Code.TLC_FAILED);
            assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("TLC said:") && n.contains("CHOOSE")),
                    d.notes()::toString);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void tlcLeavesNoFilesBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var s = Files.list(tmp)) {
            before = s.filter(p -> p.getFileName().toString().startsWith("lockstep-tlc-")).count();
        }
        CheckResult r = ModelChecker.check(small(TWO_PHASE, "small"), translate(TWO_PHASE), TlcOptions.defaults());
        assertEquals(CheckResult.Status.HOLDS, r.status());
        try (var s = Files.list(tmp)) {
            assertEquals(before, s.filter(p -> p.getFileName().toString().startsWith("lockstep-tlc-")).count());
        }
    }
}
