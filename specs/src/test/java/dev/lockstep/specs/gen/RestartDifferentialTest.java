package dev.lockstep.specs.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.spectojava.InMemoryJavac;
import dev.lockstep.spectojava.JavaGenerator;
import dev.lockstep.spectojava.JavaPackage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated {@code restart()} is the spec's Crash step: for every reachable state of the {@code on restart}
 * example and every node, the machine's restart of the node's local state gives the explorer's state after
 * {@code Crash(n)} and the same sends. Then the generated code runs under the simulator with crashes, and its traces
 * (restarts as second init events) conform. The library's crash Paxos has no on restart; this spec does.
 */
class RestartDifferentialTest {
    static final Path SPEC = Path.of("src/test/resources/gen/restarting.lstep");

    @Test
    void restartAgreesWithTheCrashStepAndConformsUnderSimulation(@TempDir Path tmp) throws Exception {
        CheckedSpec spec = LibraryModels.load(SPEC);
        var result = JavaGenerator.generate(spec, new JavaPackage("restarting"));
        assertTrue(result.ok(), result.diagnostics().toString());
        InMemoryJavac.Compiled compiled = InMemoryJavac.compile(result.orElseThrow(), tmp);
        assertEquals(List.of(), compiled.errors());
        ProtocolDescriptor d = LibraryModels.descriptor(compiled.loader(), "restarting.RestartingProtocol", "pair");
        ModelInstance model = LibraryModels.bind(spec, "pair");
        Transitions t = new Transitions(model);
        CheckedSpec.Role role = spec.roles().get(0);
        int compared = 0;
        for (State s : LibraryModels.reachable(model, 5000)) {
            Value[] slots = s.slots().clone();
            slots[model.crashSlot()] = IntV.of(0); // the bound is the model's business, not the machine's
            for (int n = 0; n < model.nodes(0).length; n++) {
                NodeV node = model.nodes(0)[n];
                Successor crash = t.apply(new State(slots), Label.crash(node));
                @SuppressWarnings("unchecked")
                RoleMachine<ItfEncodable> m = (RoleMachine<ItfEncodable>) d.roles().get(0).machine(new NodeId(node.name()));
                assertTrue(m.crashes());
                ItfEncodable before = (ItfEncodable) m.initialStates().get(0).getClass().getMethod("fromItf", Object.class)
                        .invoke(null, DifferentialChecker.localItf(model, role, slots, n));
                Step<ItfEncodable> step = m.restart(before);
                assertEquals(DifferentialChecker.localItf(model, role, crash.next().slots(), n), step.state().toItf(), "state at " + node);
                List<Object> sent = new ArrayList<>();
                for (Command c : step.commands()) sent.add(((Command.Send) c).message().toItf());
                List<Object> expected = new ArrayList<>();
                for (RecordV r : crash.sent()) expected.add(Itf.encode(r));
                assertEquals(expected, sent, "sends at " + node);
                compared++;
            }
        }
        assertEquals(2 * LibraryModels.reachable(model, 5000).size(), compared);
        assertTrue(compared > 100, "compared " + compared);
        long crashes = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(model, d, SimulationOptions.of(seed, 60).withFaults(0, 0, 0.2));
            assertTrue(o.ok(), o.describe());
            crashes += o.result().crashes();
        }
        assertTrue(crashes >= 20, "crashes " + crashes);
    }
}
