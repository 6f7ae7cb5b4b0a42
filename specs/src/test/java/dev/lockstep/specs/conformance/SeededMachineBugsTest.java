package dev.lockstep.specs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.Divergence.Reason;
import dev.lockstep.conformance.SeededSchedules;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.junit.LockstepConformance;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.specs.conformance.MachineMutants.Bug;
import dev.lockstep.specs.generated.buggy.twophasecommiteager.TwoPhaseCommitEagerProtocol;
import dev.lockstep.specs.generated.paxos.PaxosProtocol;
import dev.lockstep.specs.generated.twophasecommit.TwoPhaseCommitProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Seeded bugs in generated machines are caught by the online spec check under the simulator, with a seed that
 * replays the very same failure; and the conformance harness of {@link LockstepConformance} runs generated code
 * under the simulator through its one adapter, {@link SeededSchedules#simulated}.
 */
class SeededMachineBugsTest {
    static final ModelInstance TWO_PHASE = ConformanceHarness.load(Path.of("two-phase-commit.lstep"), "small");
    static final ModelInstance PAXOS = ConformanceHarness.load(Path.of("paxos.lstep"), "tiny");

    static SimulationOptions options(long seed) {
        return SimulationOptions.of(seed, 60).withFaults(0.05, 0.1, 0.02);
    }

    /** The first failing seed in 1..500, checked to replay identically. */
    static SpecOnlineCheck.Outcome caughtAndReplayed(ModelInstance model, ProtocolDescriptor machines) {
        for (long seed = 1; seed <= 500; seed++) {
            SpecOnlineCheck.Outcome o = SpecOnlineCheck.run(model, machines, options(seed));
            if (o.ok()) continue;
            SimulationResult.Failure f = o.result().failure().orElseThrow(() -> new AssertionError(o.describe()));
            assertEquals(seed, f.seed());
            assertEquals(f.step(), o.result().steps(), "the run stops at the diverging step");
            SpecOnlineCheck.Outcome again = SpecOnlineCheck.run(model, machines, options(f.seed()));
            assertEquals(f, again.result().failure().orElseThrow(), "the seed replays the failure");
            assertEquals(o.divergence(), again.divergence());
            assertEquals(o.describe(), again.describe());
            return o;
        }
        throw new AssertionError("the seeded bug was not caught in 500 seeds");
    }

    @Test
    void theEagerCommitMachinesAreCaughtAgainstTheCorrectSpec() {
        // The machines generated from specs/buggy/two-phase-commit-eager.lstep, run against the correct 2PC spec.
        SpecOnlineCheck.Outcome o = caughtAndReplayed(TWO_PHASE, TwoPhaseCommitEagerProtocol.forModel("small"));
        Divergence d = o.divergence().orElseThrow();
        assertEquals(Reason.NOT_ENABLED, d.reason(), o.describe());
        assertEquals("tm", d.node());
        assertEquals("Commit", o.result().failure().orElseThrow().action());
        assertTrue(o.describe().contains("prepared = RM"), o.describe());
    }

    @Test
    void anRmThatForgetsToCommitIsCaught() {
        var machines = MachineMutants.mutant(new TwoPhaseCommitProtocol(), "ResourceManager", "ReceiveCommit",
                Bug.KEEP_STATE);
        Divergence d = caughtAndReplayed(TWO_PHASE, machines).divergence().orElseThrow();
        assertEquals(Reason.WRONG_STATE, d.reason(), d.toString());
        assertEquals("state.state", d.differences().get(0).what());
    }

    @Test
    void aTmThatForgetsOneCommitMessageIsCaught() {
        var machines = MachineMutants.mutant(new TwoPhaseCommitProtocol(), "TM", "Commit", Bug.DROP_LAST_SEND);
        Divergence d = caughtAndReplayed(TWO_PHASE, machines).divergence().orElseThrow();
        assertEquals(Reason.WRONG_SENDS, d.reason(), d.toString());
        assertTrue(d.differences().get(0).note().contains("missing"), d.toString());
    }

    @Test
    void aPaxosAcceptorThatPromisesAnyBallotIsCaught() {
        var machines = MachineMutants.mutant(PaxosProtocol.forModel("tiny"), "Acceptor", "Promise", Bug.IGNORE_GUARD);
        SpecOnlineCheck.Outcome o = caughtAndReplayed(PAXOS, machines);
        Divergence d = o.divergence().orElseThrow();
        assertEquals(Reason.NOT_ENABLED, d.reason(), o.describe());
        assertTrue(o.describe().contains("m.bal > maxBal"), o.describe());
    }

    // ---- the JUnit extension with the simulator plugged in --------------------------------------------------

    @Test
    @LockstepConformance(spec = "two-phase-commit.lstep", model = "small", seeds = 300)
    void generatedTwoPhaseCommitUnderTheSimulatorConformsInTheHarness(ConformanceHarness harness) throws Exception {
        harness.check(SeededSchedules.simulated(new TwoPhaseCommitProtocol(), options(0)));
    }

    @Test
    @LockstepConformance(spec = "two-phase-commit.lstep", model = "small", seeds = 300)
    void theHarnessKeepsTheTracesOfTheFirstDivergingSeed(ConformanceHarness harness) throws Exception {
        ConformanceHarness.Failure f = harness.firstFailure(
                SeededSchedules.simulated(TwoPhaseCommitEagerProtocol.forModel("small"), options(0)));
        assertNotNull(f, "the eager commit was not caught");
        assertEquals(Reason.NOT_ENABLED, f.result().divergence().reason());
        assertTrue(Files.isRegularFile(f.traceDir().resolve("tm.ndjson")), f.traceDir().toString());
        assertTrue(harness.describe(f).contains("seed " + f.seed()), harness.describe(f));
    }
}
