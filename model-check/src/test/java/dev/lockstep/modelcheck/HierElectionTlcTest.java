package dev.lockstep.modelcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockstep.lang.explore.ExploreResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * specs/hier-election.lstep's model three, cross-checked as CrossCheckTest does every library model: TLC and the
 * explorer agree on the counts, and TLC finds Converges holding. Long: TLC's liveness check takes over a minute on
 * the 2-core machine (151 s measured while other builds ran).
 */
@Tag("long")
class HierElectionTlcTest {
    @Test
    void threeAgreesWithTlcAndConverges() {
        CrossCheckTest.Answers a = CrossCheckTest.crossCheck(LibrarySpecs.compile("hier-election.lstep"), "three");
        assertEquals(ExploreResult.Status.HOLDS, a.explored().status());
        assertEquals(CheckResult.Status.HOLDS, a.tlc().status(), () -> "TLC: " + a.tlc().violated());
        assertEquals(14060, a.tlc().distinct());
    }
}
