package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import org.junit.jupiter.api.Test;

/**
 * The generated machines of every library model run on the runtime's deterministic simulator (the same machine API
 * the node loop and Netty use): seeded schedules with drops, duplicates and crashes, no action failing. Whether the
 * runs conform to the spec is the conformance checker's business; this checks that generated code and runtime fit.
 */
class GeneratedMachinesUnderSimulationTest {

    @Test
    void everyLibraryModelRunsOnTheSimulator() {
        int runs = 0;
        for (LibraryModels.Model m : LibraryModels.all()) {
            for (long seed = 1; seed <= 5; seed++) {
                SimulationOptions options = SimulationOptions.of(seed, 200).withFaults(0.05, 0.05, 0.01);
                SimulationResult r = Simulation.run(m.descriptor(), options, OnlineCheck.NONE);
                assertTrue(r.ok(), m + ": " + r.failure());
                assertTrue(r.steps() > 0, m + " seed " + seed + " took no step");
                runs++;
            }
        }
        assertTrue(runs >= 70, "runs: " + runs);
    }

    @Test
    void aDescriptorCanBeCreatedByClassNameWithTheFirstModel() throws Exception {
        Class<?> c = Class.forName("dev.lockstep.specs.generated.twophasecommit.TwoPhaseCommitProtocol");
        ProtocolDescriptor d = (ProtocolDescriptor) c.getConstructor().newInstance();
        assertEquals("small", d.model());
        assertEquals(4, d.roles().get(0).nodes().size() + d.roles().get(1).nodes().size());
    }
}
