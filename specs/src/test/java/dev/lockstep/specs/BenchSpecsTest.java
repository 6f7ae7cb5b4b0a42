package dev.lockstep.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.lang.Frontend;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.ExploreOptions;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.lang.explore.Explorer;
import dev.lockstep.lang.value.IntV;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The benchmark specs under {@code bench/} (run by hand, docs/benchmarks.md) still compile, and their small models
 * give the counts their comments promise, so the figures of their big models can be read against the formulas.
 */
class BenchSpecsTest {
    @Test
    void theCountersHaveNSquaredStates() {
        Frontend.Compilation c = Frontend.load(Path.of("bench/counters.lstep"));
        assertTrue(c.ok(), () -> c.diagnostics().toString());
        for (String model : new String[] {"small", "e8"}) {
            assertTrue(ModelInstance.bind(c.spec().orElseThrow(), model).toOptional().isPresent(), model);
        }
        ModelInstance small = ModelInstance.bind(c.spec().orElseThrow(), "small").orElseThrow();
        long n = ((IntV) small.constant("N")).value();
        ExploreResult r = new Explorer(small).run(ExploreOptions.defaults().withDeadlock(false).withWorkers(2));
        assertEquals(ExploreResult.Status.HOLDS, r.status());
        assertEquals(n * n, r.distinct(), "N^2 distinct");
        assertEquals(1 + 2 * (n - 1) * n, r.generated(), "1 + 2 (N - 1) N generated");
        assertEquals(2 * (n - 1) + 1, r.depth(), "depth 2 (N - 1) + 1");
    }
}
