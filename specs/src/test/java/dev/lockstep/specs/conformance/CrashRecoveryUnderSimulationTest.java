package dev.lockstep.specs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.specs.generated.paxoscrashmsgs.PaxosCrashMsgsProtocol;
import dev.lockstep.specs.generated.buggy.paxoscrashmsgsvolatilepromise.PaxosCrashMsgsVolatilePromiseProtocol;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The simulator's crash follows the spec: a restarted node of a crashing role loses its volatile variables, keeps
 * its durable ones and runs on restart (the generated restart()), and the trace shows the restart as a second init
 * event that the conformance checker replays as the spec's Crash step. Fixed seeds.
 */
class CrashRecoveryUnderSimulationTest {
    static final ModelInstance PAXOS = ConformanceHarness.load(Path.of("paxos-crash-msgs.lstep"), "small");

    static SimulationOptions options(long seed) {
        return SimulationOptions.of(seed, 150).withFaults(0, 0.05, 0.05);
    }

    @Test
    void theGeneratedCrashPaxosConformsUnderCrashes() {
        ProtocolDescriptor machines = PaxosCrashMsgsProtocol.forModel("small");
        long crashes = 0;
        for (long seed = 1; seed <= 15; seed++) {
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(PAXOS, machines, options(seed));
            assertTrue(o.ok(), o.describe());
            crashes += o.result().crashes();
        }
        assertTrue(crashes >= 15, "the runs crash nodes: " + crashes);
    }

    /**
     * The seeded bug: the machines generated from specs/buggy/paxos-crash-msgs-volatile-promise.lstep forget the
     * promise at a restart. Checked against the correct spec, the first restart of an acceptor that had promised
     * diverges: maxBal is durable there.
     */
    @Test
    void theVolatilePromiseMachinesAreCaughtAtARestart() {
        ProtocolDescriptor machines = PaxosCrashMsgsVolatilePromiseProtocol.forModel("small");
        for (long seed = 1; seed <= 300; seed++) {
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(PAXOS, machines, options(seed));
            if (o.ok()) continue;
            SimulationResult.Failure f = o.result().failure().orElseThrow(() -> new AssertionError(o.describe()));
            Divergence d = o.divergence().orElseThrow();
            assertEquals(Reason.WRONG_STATE, d.reason(), o.describe());
            assertTrue(d.message().contains("after its restart"), o.describe());
            assertEquals("state.maxBal", d.differences().get(0).what(), o.describe());
            assertTrue(d.differences().get(0).note().contains("durable, so a crash keeps it"), o.describe());
            assertEquals(f, SpecOnlineCheck.run(PAXOS, machines, options(seed)).result().failure().orElseThrow(),
                    "the seed replays the failure");
            return;
        }
        throw new AssertionError("the seeded bug was not caught in 300 seeds");
    }
}
