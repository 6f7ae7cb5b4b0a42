package dev.lockstep.specs.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.node.LinkFaults;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The machines generated from specs/raft.lstep under the runtime's per-message faults (the {@link LinkFaults} that
 * examples/raft-kv's RaftKvLinkFaultTest gives its servers over Netty, here in the simulator) and crashes, every step
 * checked online against the spec: on its set network a dropped RequestVote or AppendEntries stays in the network
 * undelivered, which the spec allows, and Votes and Acks, which its quorum receives read in full, are delayed and
 * duplicated but never dropped.
 */
class RaftLinkFaultsSimulationTest {
    static final LinkFaults.Rule RULE = new LinkFaults.Rule(0.1, 0.02, 0, 30);

    @Test
    void theGeneratedServersConformUnderDroppedDelayedAndDuplicatedMessages() {
        ProtocolDescriptor raft = RaftSimulationTest.machines("raft.lstep");
        ProtocolDescriptor.RoleDescriptor server = raft.roles().get(0);
        assertEquals(Set.of("Vote", "Ack"), LinkFaults.undroppableTypes(server.machine(server.nodes().get(0)),
                raft.network()), "what BecomeLeader and AdvanceCommit read");
        Set<String> fired = new TreeSet<>();
        TraceSinks noting = node -> new TraceSink() {
            @Override
            public void write(TraceEvent e) {
                if (e.action() != null) fired.add(e.action());
            }
        };
        long dropped = 0, duplicated = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SimulationOptions options = SimulationOptions.of(seed, RaftSimulationTest.STEPS).withFaults(0, 0, 0.05)
                    .withLinkFaults(LinkFaults.everywhere(seed, RULE)).withTraces(noting);
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(RaftSimulationTest.RAFT, raft, options);
            assertTrue(out.ok(), "seed " + seed + ": " + out.describe());
            dropped += out.result().dropped();
            duplicated += out.result().duplicated();
        }
        System.out.println("raft under link faults " + RULE + ", seeds 1..20: " + dropped + " dropped, " + duplicated
                + " duplicated, every step conforms");
        assertTrue(dropped > 20 && duplicated > 5, dropped + " dropped, " + duplicated + " duplicated");
        assertTrue(fired.containsAll(Set.of("BecomeLeader", "ClientRequest", "AcceptEntries", "AdvanceCommit")),
                "fired: " + fired);
    }
}
