package com.example.twopc;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.SeededSchedules;
import dev.lockstep.junit.LockstepConformance;
import dev.lockstep.runtime.sim.SimulationOptions;
import org.junit.jupiter.api.Test;

/**
 * The generated 2PC machines (package com.example.twopc, from the groupId) on the deterministic simulated network
 * with message loss, duplication and reordering; every seed's traces are checked against the spec.
 */
class SimulatedTwoPhaseCommitTest {
    @Test
    @LockstepConformance(spec = "classpath:two-phase-commit.lstep", model = "small", seeds = 100)
    void generatedMachinesConformOnTheSimulator(ConformanceHarness harness) throws Exception {
        harness.check(SeededSchedules.simulated(TwoPhaseCommitProtocol.forModel("small"),
                SimulationOptions.of(0, 60).withFaults(0.05, 0.1, 0.02)));
    }

    @Test
    @LockstepConformance(spec = "classpath:two-phase-commit.lstep", model = "small", seeds = 100, online = true)
    void andOnlineWithoutTraceFiles(ConformanceHarness harness) throws Exception {
        harness.check(SeededSchedules.simulated(TwoPhaseCommitProtocol.forModel("small"),
                SimulationOptions.of(0, 60).withFaults(0.05, 0.1, 0.02)));
    }
}
