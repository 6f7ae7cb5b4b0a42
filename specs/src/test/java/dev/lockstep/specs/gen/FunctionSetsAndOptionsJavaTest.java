package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.runtime.sim.SimulationOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Function sets (a {@code \in} initializer and a parameter domain) and options (variables, a message field) in
 * generated Java, on a {@code fifo lossy any} network: the machines agree with the evaluator state by state, and
 * they run on the simulator with drops, duplicates and crashes, every event conforming to the spec.
 */
class FunctionSetsAndOptionsJavaTest {
    static final Path SPEC = Path.of("src/test/resources/gen/fnsets-options.lstep");

    @Test
    void theMachinesAgreeWithTheEvaluatorAndConformUnderSimulation(@TempDir Path tmp) {
        GeneratedAgainstEvaluator run = GeneratedAgainstEvaluator.check(SPEC, "ballots", "small", 3000, tmp);
        assertEquals(List.of(), run.problems());
        assertEquals(Set.of("Decide", "Drop", "ReceiveVote"), run.fired(), "every action and the drop must be exercised");

        long events = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(run.model(), run.descriptor(),
                    SimulationOptions.of(seed, 100).withFaults(0.1, 0.05, 0.02));
            assertTrue(o.ok(), o.describe());
            events += o.eventsChecked();
        }
        assertTrue(events > 40, "events checked: " + events);
    }
}
