package dev.lockstep.runtime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.node.LinkFaults;
import dev.lockstep.runtime.testing.PingPong;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.testing.TwoPhaseCommit.RmPhase;
import dev.lockstep.runtime.testing.TwoPhaseCommit.RmState;
import dev.lockstep.runtime.testing.TwoPhaseCommit.TmPhase;
import dev.lockstep.runtime.testing.TwoPhaseCommit.TmState;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link LinkFaults} in the simulator: the same decisions as over Netty, within what the spec's network allows. */
class SimulatedLinkFaultsTest {
    private static final NetworkSpec SET = new NetworkSpec(NetworkSpec.Kind.SET, false, false);

    @Test
    void aDropOnAReliableSetLeavesTheMessageInTheNetworkUndelivered() {
        TwoPhaseCommit tpc = new TwoPhaseCommit(3, SET, false, 60_000, 60_000);
        NodeId lost = tpc.rms().get(0);
        LinkFaults faults = LinkFaults.NONE.withLink(TwoPhaseCommit.TM, lost, new LinkFaults.Rule(1, 0, 0, 0));
        int committed = 0;
        for (long seed = 1; seed <= 40; seed++) {
            AtomicReference<List<Envelope>> network = new AtomicReference<>();
            SimulationResult r = Simulation.run(tpc, SimulationOptions.of(seed, 10_000).withLinkFaults(faults), view -> {
                network.set(view.network());
                return Optional.empty();
            });
            assertTrue(r.ok(), r.toString());
            RmPhase phase = ((RmState) r.finalStates().get(lost)).state();
            assertNotEquals(RmPhase.committed, phase, "seed " + seed + ": " + lost + " got no message from the TM");
            if (((TmState) r.finalStates().get(TwoPhaseCommit.TM)).state() == TmPhase.committed) {
                committed++;
                assertEquals(RmPhase.prepared, phase);
                assertEquals(1, r.dropped(), "seed " + seed);
                assertTrue(network.get().stream().anyMatch(e -> e.message().type().equals("Commit")
                        && e.message().dst().equals(lost)), "the Commit to " + lost + " stays in the spec's set");
            }
        }
        assertTrue(committed > 0, "no run in which every RM prepared");
    }

    @Test
    void aDelayAddsToTheLatencyAndTheSameSeedRepeatsTheRun() {
        LinkFaults delay = LinkFaults.NONE.withLink(PingPong.Q, PingPong.P, new LinkFaults.Rule(0, 0, 25, 25));
        SimulationResult plain = Simulation.run(new PingPong(20), SimulationOptions.of(7, 10_000), OnlineCheck.NONE);
        SimulationResult delayed = Simulation.run(new PingPong(20), SimulationOptions.of(7, 10_000).withLinkFaults(delay),
                OnlineCheck.NONE);
        assertEquals(new PingPong.PingerState(20, 20), delayed.finalStates().get(PingPong.P));
        // 40 messages of at most 10 ms each, then 20 of them 25 ms later.
        assertTrue(plain.timeMillis() <= 400 && delayed.timeMillis() >= 500, plain.timeMillis() + " vs " + delayed.timeMillis());
        LinkFaults lossy = LinkFaults.everywhere(3, new LinkFaults.Rule(0.3, 0.2, 0, 30));
        TwoPhaseCommit tpc = new TwoPhaseCommit(3, SET, false, 60_000, 60_000);
        SimulationResult a = Simulation.run(tpc, SimulationOptions.of(5, 10_000).withLinkFaults(lossy), OnlineCheck.NONE);
        SimulationResult b = Simulation.run(tpc, SimulationOptions.of(5, 10_000).withLinkFaults(lossy), OnlineCheck.NONE);
        assertEquals(a, b);
    }

    @Test
    void aFaultTheNetworkNeverHasIsRefused() {
        LinkFaults drop = LinkFaults.everywhere(1, new LinkFaults.Rule(0.1, 0, 0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Simulation.run(new PingPong(3), SimulationOptions.of(1, 100).withLinkFaults(drop), OnlineCheck.NONE));
        assertTrue(e.getMessage().contains("reliable fifo"), e.getMessage());
    }
}
