package dev.lockstep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.lang.explore.ExploreResult;
import dev.lockstep.modelcheck.CheckResult;
import org.junit.jupiter.api.Test;

/** The documented exit codes of every library verdict: 0 holds, 1 violation, 2 bad input, 3 a Lockstep bug. */
class ExitCodesTest {
    @Test
    void explorerVerdicts() {
        assertEquals(0, ExitCodes.of(ExploreResult.Status.HOLDS));
        assertEquals(0, ExitCodes.of(ExploreResult.Status.LIMIT_REACHED)); // partial, no violation so far
        assertEquals(1, ExitCodes.of(ExploreResult.Status.INVARIANT_VIOLATED));
        assertEquals(1, ExitCodes.of(ExploreResult.Status.DEADLOCK));
        assertEquals(2, ExitCodes.of(ExploreResult.Status.EVALUATION_ERROR));
    }

    @Test
    void tlcVerdicts() {
        assertEquals(0, ExitCodes.of(CheckResult.Status.HOLDS));
        assertEquals(1, ExitCodes.of(CheckResult.Status.INVARIANT_VIOLATED));
        assertEquals(1, ExitCodes.of(CheckResult.Status.DEADLOCK));
        assertEquals(1, ExitCodes.of(CheckResult.Status.PROPERTY_VIOLATED));
        assertEquals(2, ExitCodes.of(CheckResult.Status.TOOL_ERROR));
        assertEquals(3, ExitCodes.of(CheckResult.Status.INTERNAL_ERROR));
    }

    @Test
    void conformanceVerdicts() {
        assertEquals(0, ExitCodes.of(ConformanceResult.Status.CONFORMS));
        assertEquals(1, ExitCodes.of(ConformanceResult.Status.DIVERGES));
        assertEquals(2, ExitCodes.of(ConformanceResult.Status.BAD_INPUT));
    }
}
