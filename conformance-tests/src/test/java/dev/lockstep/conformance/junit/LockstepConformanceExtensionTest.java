package dev.lockstep.conformance.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem;
import dev.lockstep.conformance.twopc.TwoPhaseCommitSystem.Bug;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The annotation on a class configures every harness parameter of its tests; seeds run as configured. */
@LockstepConformance(spec = "../specs/two-phase-commit.lstep", model = "small", seeds = 25, firstSeed = 100)
class LockstepConformanceExtensionTest {

    @Test
    void theClassAnnotationConfiguresTheHarness(ConformanceHarness harness) throws Exception {
        assertEquals("small", harness.model().model().name());
        AtomicLong runs = new AtomicLong();
        AtomicLong lowest = new AtomicLong(Long.MAX_VALUE);
        harness.check((seed, sinks) -> {
            runs.incrementAndGet();
            lowest.accumulateAndGet(seed, Math::min);
            TwoPhaseCommitSystem.run(seed, sinks, Bug.NONE);
        });
        assertEquals(25, runs.get());
        assertEquals(100, lowest.get());
    }

    @Test
    void aFailureKeepsTheTracesOfTheFailingSeed(ConformanceHarness harness) throws Exception {
        AssertionError e = assertThrows(AssertionError.class,
                () -> harness.check((seed, sinks) -> TwoPhaseCommitSystem.run(seed, sinks, Bug.SKIP_STATE_CHANGE)));
        String kept = e.getMessage().split("its traces are kept in ")[1].split("\n")[0];
        assertTrue(Files.isRegularFile(Path.of(kept, "tm.ndjson")), kept);
        assertTrue(e.getMessage().contains("wrong-state"), e.getMessage());
        assertTrue(e.getMessage().endsWith("check them again with: lockstep conform ../specs/two-phase-commit.lstep "
                + "--model small " + kept + "\n"), e.getMessage());
    }

    @Test
    void anImplementationThatThrowsFailsTheTest(ConformanceHarness harness) {
        assertThrows(IllegalStateException.class, () -> harness.check((seed, sinks) -> {
            throw new IllegalStateException("boom");
        }));
    }
}
