package dev.lockstep.specs.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.Divergence;
import dev.lockstep.conformance.RecordedRun;
import dev.lockstep.conformance.ReplayResult;
import dev.lockstep.conformance.TraceReplay;
import dev.lockstep.conformance.SpecOnlineCheck;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Layers;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.generated.leadertree.LeaderTreeProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated two-layer stack of specs/leader-tree.lstep on the simulator: every node runs the Leader and the Tree
 * role as one machine (the runtime's ColocatedMachine), and the Tree's exchange reads the Leader layer on its node
 * (Leader[self].leader) through the runtime's Layers. Every run is checked online against the spec (each exchange
 * one atomic step, the Tree's reads against the reconstructed Leader state), converges to the least address's tree,
 * and a sample conforms from disk, each node's one trace holding both roles' events.
 */
class LeaderTreeRuntimeTest {
    static final int SEEDS = 60;
    static final ModelInstance LINE = PairwiseMinFinderRuntimeTest.model("leader-tree.lstep", "line");

    @SuppressWarnings("unchecked")
    static Map<String, Object> layer(ItfEncodable node, String role) {
        return (Map<String, Object>) ((Map<String, Object>) node.toItf()).get(role);
    }

    @Test
    void theStackConformsOnEverySeedAndBuildsTheLeastAddressTree(@TempDir Path tmp) throws Exception {
        long tree = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            boolean sample = seed % 20 == 0;
            Path dir = tmp.resolve("seed-" + seed);
            SimulationOptions o = SimulationOptions.of(seed, 300).withTraces(sample ? TraceSinks.directory(dir) : node -> e -> { });
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(LINE, LeaderTreeProtocol.forModel("line"), o);
            assertTrue(out.ok(), "seed " + seed + ": " + out.describe());
            Map<NodeId, ItfEncodable> end = out.result().finalStates();
            assertEquals(3, end.size(), "one machine per node, running both roles");
            Set<Long> roots = new TreeSet<>();
            for (ItfEncodable s : end.values()) {
                assertEquals(1L, Itf.asLong(layer(s, "Leader").get("leader")), "seed " + seed + ": " + end);
                roots.add(Itf.asLong(layer(s, "Tree").get("root")));
            }
            assertEquals(Set.of(1L), roots, "seed " + seed + ": the tree of the least address, " + end);
            if (sample) {
                ConformanceResult r = TraceChecker.check(LINE, List.of(dir));
                assertTrue(r.conforms(), "seed " + seed + " from disk: " + r.divergence());
                assertEquals(out.eventsChecked(), r.events());
                try (var files = Files.list(dir)) {
                    assertEquals(3, files.count(), "one trace per node");
                }
                String n1 = Files.readString(dir.resolve("n1.ndjson"));
                assertTrue(n1.contains("\"role\":\"Leader\"") && n1.contains("\"role\":\"Tree\""), n1);
                tree += n1.lines().filter(l -> l.contains("\"action\":\"Grow\"")).count();
            }
        }
        assertTrue(tree > 0, "Tree.Grow steps in the sampled traces");
    }

    /** lockstep replay of a layered run: each node's one machine of two roles re-runs its trace byte for byte. */
    @Test
    void aRecordedRunOfTheStackReplaysByteForByte(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("recorded");
        SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(LINE, LeaderTreeProtocol.forModel("line"),
                SimulationOptions.of(7, 300).withTraces(TraceSinks.directory(dir)));
        assertTrue(out.ok(), out.describe());
        ReplayResult r = new TraceReplay(LeaderTreeProtocol.forModel("line"), LINE)
                .replay(RecordedRun.read(dir), List.of(), tmp.resolve("replayed"));
        assertEquals(Boolean.TRUE, r.identical(), r.firstDifference());
        assertTrue(r.verdict().conforms(), String.valueOf(r.verdict().divergence()));
        assertEquals(r.events(), r.replayed());
        assertEquals(List.of(), r.changes());
        assertTrue(r.exchanges().atomic() > 10, "exchanges replayed as atomic steps: " + r.exchanges());
    }

    /**
     * A seeded bug: the Tree layer reads the Leader layer as it was initially, not as it is now (a runtime that
     * handed over a stale lower layer). Conformance replays each Grow against the reconstructed Leader state and
     * catches it as a wrong state of Tree.Grow.
     */
    @Test
    void aTreeReadingAStaleLeaderLayerIsCaught() {
        int caught = 0;
        for (long seed = 1; seed <= 20; seed++) {
            SpecOnlineCheck.Outcome out = SpecOnlineCheck.run(LINE, staleLeader(LeaderTreeProtocol.forModel("line")),
                    SimulationOptions.of(seed, 300));
            if (out.ok()) continue;
            Divergence d = out.divergence().orElseThrow();
            assertEquals(Divergence.Reason.WRONG_STATE, d.reason(), out.describe());
            assertTrue(d.message().contains("Grow"), d.message());
            caught++;
        }
        assertTrue(caught >= 15, "caught in " + caught + " of 20 seeds");
    }

    /** {@code protocol} with its Tree machines reading each node's initial Leader state instead of the current one. */
    static ProtocolDescriptor staleLeader(ProtocolDescriptor protocol) {
        ProtocolDescriptor.RoleDescriptor leader = protocol.roles().get(0);
        ProtocolDescriptor.RoleDescriptor tree = protocol.roles().get(1);
        ProtocolDescriptor.RoleDescriptor stale = new ProtocolDescriptor.RoleDescriptor() {
            public String name() { return tree.name(); }

            public List<NodeId> nodes() { return tree.nodes(); }

            public RoleMachine<? extends ItfEncodable> machine(NodeId self) {
                RoleMachine<? extends ItfEncodable> m = tree.machine(self);
                ItfEncodable initial = leader.machine(self).initialStates().get(0);
                m.readLayers(role -> initial);
                return new Delegating<>(m); // whose readLayers ignores the runtime's live layers
            }
        };
        return new ProtocolDescriptor() {
            public String protocol() { return protocol.protocol(); }

            public String model() { return protocol.model(); }

            public NetworkSpec network() { return protocol.network(); }

            public List<RoleDescriptor> roles() { return List.of(leader, stale); }

            public Message messageFromItf(Object itf) { return protocol.messageFromItf(itf); }
        };
    }

    /** A machine that keeps the layers it was given first. */
    record Delegating<S extends ItfEncodable>(RoleMachine<S> inner) implements RoleMachine<S> {
        public String role() { return inner.role(); }

        public NodeId self() { return inner.self(); }

        public List<S> initialStates() { return inner.initialStates(); }

        public List<Command> start(S initial) { return inner.start(initial); }

        public List<ActionSpec<S>> actions() { return inner.actions(); }

        public List<ExchangeSpec<S>> exchanges() { return inner.exchanges(); }

        public List<String> layersRead() { return inner.layersRead(); }

        public void readLayers(Layers layers) { } // the seeded bug: the live layers are dropped
    }
}
