package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential check on a spec that uses most expression forms (src/test/resources/gen/kitchen-sink.lstep), so
 * that translations the library does not exercise are compared with the evaluator too.
 */
class KitchenSinkDifferentialTest {
    static final Path SPEC = Path.of("src/test/resources/gen/kitchen-sink.lstep");

    @Test
    void everyActionAgreesWithTheEvaluator(@TempDir Path tmp) {
        GeneratedAgainstEvaluator run = GeneratedAgainstEvaluator.check(SPEC, "sink", "small", 3000, tmp);
        assertEquals(List.of(), run.problems());
        assertEquals(Set.of("Fold", "Grow", "Hear", "Reset", "Shrink", "Talk"), run.fired(),
                "every action must be exercised");
        assertTrue(run.bindingsChecked() > 5000, "bindings checked: " + run.bindingsChecked());
    }
}
