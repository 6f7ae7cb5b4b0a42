package dev.lockstep.specs.raft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.gen.LibraryModels;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of resettable timers over TCP: the generated Raft election machines (model {@code cluster})
 * on a healthy 3-node loopback Netty cluster elect one leader and keep it for 10 s of wall-clock time, with no new
 * term after the first election (snapshots every 20 ms), and the traces they write conform to the spec. It takes
 * about 11 s; the project has no long-test profile, so it runs in the default suite.
 */
class RaftElectionNettyTest {
    static final long HOLD_MILLIS = 10_000;

    @Test
    void aHealthyLoopbackClusterKeepsOneLeaderForTenSeconds(@TempDir Path traces) throws Exception {
        CheckedSpec spec = LibraryModels.load(RaftElectionSimulationTest.SPEC);
        ProtocolDescriptor machines = RaftElectionSimulationTest.machines(spec);
        List<NodeId> servers = machines.roles().get(0).nodes();
        assertEquals(3, servers.size());
        Leaders leaders = new Leaders();
        long start = System.nanoTime();
        try (NettyCluster cluster = NettyCluster.startAll(machines, Clusters.loopback(machines),
                TraceSinks.directory(traces), NettyOptions.DEFAULTS, 1)) {
            while (!leaders.elected() || leaders.heldMillis() < HOLD_MILLIS) {
                long now = (System.nanoTime() - start) / 1_000_000;
                assertTrue(leaders.elected() || now < 10_000, "no leader within 10 s");
                Map<NodeId, ItfEncodable> states = new TreeMap<>();
                for (NodeId n : servers) {
                    states.put(n, cluster.node(n).inspect(NodeCore::state).get(5, TimeUnit.SECONDS));
                }
                leaders.observe((System.nanoTime() - start) / 1_000_000, states);
                Thread.sleep(20);
            }
        }
        System.out.println("raft-election cluster over Netty: " + leaders);
        assertEquals(List.of(), leaders.changes(), leaders::toString);
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
        ConformanceResult r = TraceChecker.check(LibraryModels.bind(spec, "cluster"), List.of(traces));
        assertTrue(r.conforms(), String.valueOf(r.divergence()));
        // The heartbeats went on: one every 50 ms (plus scheduling delay), each received by both followers.
        assertTrue(r.events() > 2 * (HOLD_MILLIS / 50), "events: " + r.events());
    }
}
