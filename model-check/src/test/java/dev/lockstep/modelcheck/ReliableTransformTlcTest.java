package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.diag.DiagnosticPrinter;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.ir.CheckedSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's Verdi transformer, under TLC: the original two-phase commit on a lossy network does not terminate;
 * its transformed spec ({@code specs/two-phase-commit-lossy.lstep}, written by {@code transform reliable}) has the
 * explorer's counts under TLC too and, with its strong-fair receives, keeps {@code Consistent} and {@code Terminates}.
 * The transformed spec stops once every message is acknowledged, so deadlock is not checked.
 */
class ReliableTransformTlcTest {

    private static CheckedSpec compile(String name, String text) {
        Frontend.Compilation c = Frontend.compile(name, text);
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        return c.spec().orElseThrow();
    }

    private static CheckResult tlc(CheckedSpec spec, String model) {
        CheckResult r = ModelChecker.check(ModelInstance.bind(spec, model).orElseThrow(), TlaTranslator.translate(spec),
                TlcOptions.defaults().withDeadlock(false));
        assertEquals(List.of(), r.diagnostics(), () -> DiagnosticPrinter.render(r.diagnostics()));
        return r;
    }

    private static String lossy() throws IOException {
        return Files.readString(LibrarySpecs.ROOT.resolve("two-phase-commit-lossy.lstep"));
    }

    @Test
    void theOriginalOnALossyNetworkDoesNotTerminate() throws IOException {
        String text = Files.readString(LibrarySpecs.ROOT.resolve("two-phase-commit.lstep"))
                .replaceFirst("(?m)^network set ", "network set lossy ")
                + "\nmodel lossy2 { RM = {r1, r2}  TMNode = tm  check Consistent, Terminates }\n";
        assertTrue(text.contains("network set lossy"));
        CheckResult r = tlc(compile("two-phase-commit.lstep", text), "lossy2");
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, r.status());
        assertEquals("Terminates", r.violated());
        // A Drop loses a decision, and the RMs wait for ever: the lasso ends in stuttering.
        assertTrue(r.stuttering(), "a run that stops undecided");
        assertTrue(r.counterexample().stream().anyMatch(s -> s.label() != null && s.label().name().equals("Drop")));
    }

    @Test
    void theTransformedSpecHasTheExplorersCountsUnderTlc() throws IOException {
        // One RM keeps the liveness check out of the unit tests' budget; rm2 with liveness is the long test below.
        CheckedSpec spec = compile("two-phase-commit-lossy.lstep",
                lossy() + "\nmodel rm1 { RM = {r1}  TMNode = tm  check Consistent }\n");
        ExploreResult e = new Explorer(ModelInstance.bind(spec, "rm1").orElseThrow())
                .run(ExploreOptions.defaults().withDeadlock(false));
        CheckResult r = tlc(spec, "rm1");
        assertEquals(CheckResult.Status.HOLDS, r.status());
        assertEquals("204/941/11", e.distinct() + "/" + e.generated() + "/" + e.depth());
        assertEquals(e.distinct() + "/" + e.generated() + "/" + e.depth(), r.distinct() + "/" + r.generated() + "/"
                + r.depth());
    }

    /** docs/transforms.md's example: the greeting is lost on a lossy network, and arrives after the transform. */
    @Test
    void theDocsExampleTerminatesOnlyAfterTheTransform() throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("```lstep\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(Files.readString(java.nio.file.Path.of("../docs/transforms.md")));
        assertTrue(m.find());
        String original = m.group(1).replace("network set\n", "network set lossy\n");
        assertTrue(m.find());
        CheckResult lost = tlc(compile("hello.lstep", original), "one");
        assertEquals(CheckResult.Status.PROPERTY_VIOLATED, lost.status());
        assertEquals(5, lost.counterexample().size());
        CheckResult kept = tlc(compile("hello-lossy.lstep", m.group(1)), "one");
        assertEquals(CheckResult.Status.HOLDS, kept.status());
        assertEquals("83/398/10", kept.distinct() + "/" + kept.generated() + "/" + kept.depth());
    }

    /** About 15 minutes on the 2-core machine: TLC's liveness check under 20 fairness conditions. */
    @Test
    @Tag("soak") // about 15 minutes, most of it TLC's liveness check under 20 fairness conditions
    void theTransformedSpecKeepsConsistentAndTerminatesWithStrongFairReceives() throws IOException {
        CheckedSpec spec = compile("two-phase-commit-lossy.lstep", lossy());
        CheckResult r = tlc(spec, "rm2");
        assertEquals(CheckResult.Status.HOLDS, r.status(), () -> r.violated() + "");
        assertEquals(List.of("Terminates"), ModelInstance.bind(spec, "rm2").orElseThrow().model().properties());
        assertEquals("19088/176001/20", r.distinct() + "/" + r.generated() + "/" + r.depth());
    }
}
