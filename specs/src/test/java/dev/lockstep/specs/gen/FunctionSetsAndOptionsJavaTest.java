package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.spectojava.InMemoryJavac;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        CheckedSpec spec = LibraryModels.load(SPEC);
        var result = JavaGenerator.generate(spec, new JavaPackage("ballots"));
        assertTrue(result.ok(), result.diagnostics().toString());
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(result.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
        ProtocolDescriptor d = LibraryModels.descriptor(compiled.loader(), "ballots.BallotsProtocol", "small");
        ModelInstance model = LibraryModels.bind(spec, "small");

        DifferentialChecker checker = new DifferentialChecker(model, d);
        List<String> problems = new ArrayList<>(checker.checkStructure());
        Transitions t = new Transitions(model);
        Set<String> fired = new TreeSet<>();
        for (State s : LibraryModels.reachable(model, 3000)) {
            for (String p : checker.check(s)) if (problems.size() < 10) problems.add(p);
            t.successors(s, (label, next) -> fired.add(label.name()));
        }
        assertEquals(List.of(), problems);
        assertEquals(Set.of("Decide", "Drop", "ReceiveVote"), fired, "every action and the drop must be exercised");

        long events = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(model, d,
                    SimulationOptions.of(seed, 100).withFaults(0.1, 0.05, 0.02));
            assertTrue(o.ok(), o.describe());
            events += o.eventsChecked();
        }
        assertTrue(events > 40, "events checked: " + events);
    }
}
