package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * TLC's counterexamples as the user sees them (state table, lasso, messages per node), compared with golden files
 * under {@code src/test/resources/golden/counterexamples/}. TLC runs with one worker and a fixed fingerprint
 * polynomial, so its counterexamples are the same on every run.
 */
class CounterexampleGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "counterexamples");

    private static void golden(String file, String modelName, CheckResult.Status expected, String goldenName) {
        CheckedSpec spec = LibrarySpecs.compile(file);
        ModelInstance model = ModelInstance.bind(spec, modelName).orElseThrow();
        CheckResult r = ModelChecker.check(model, TlaTranslator.translate(spec), TlcOptions.defaults());
        assertEquals(expected, r.status(), r.diagnostics()::toString);
        Golden.check(GOLDEN.resolve(goldenName), r.violated() + "\n" + Counterexamples.render(model, r));
    }

    @Test
    void eagerCommitViolatesConsistency() {
        golden("buggy/two-phase-commit-eager.lstep", "small", CheckResult.Status.INVARIANT_VIOLATED,
                "two-phase-commit-eager.txt");
    }

    @Test
    void forwardingTheOwnIdIsALasso() {
        golden("buggy/chang-roberts-forward-own.lstep", "ring3", CheckResult.Status.PROPERTY_VIOLATED,
                "chang-roberts-forward-own.txt");
    }
}
