package dev.lockstep.specs.rings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyNode;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.netty.Rejection;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.gen.LibraryModels;
import dev.lockstep.specs.gen.RawConnection;
import dev.lockstep.specs.generated.tworings.NodeState;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated two-rings machines (two instances of Chang–Roberts, model {@code small}) over Netty on loopback,
 * one process per node of both groups: within 10 s each group elects its largest id (a1 in GroupA, b1 in GroupB,
 * both id 3) and nothing else, while a2 also receives a frame that is no JSON, on a connection of its own as b1
 * (another instance's node, which never sends to a2); a2 rejects it and keeps running. The traces of all six nodes
 * conform to the spec, whose roles are the instances' qualified ones.
 */
class TwoRingsNettyTest {
    static final Path SPEC = Path.of("two-rings.lstep");
    static final Map<String, NodeId> EXPECTED_LEADERS =
            Map.of("Lower_Node", new NodeId("a1"), "Upper_Node", new NodeId("b1"));

    @Test
    void eachRingElectsItsLargestIdOverLoopbackAndANodeReceivingGarbageKeepsRunning(@TempDir Path traces)
            throws Exception {
        CheckedSpec spec = LibraryModels.load(SPEC);
        ProtocolDescriptor machines = LibraryModels.generatedDescriptor(SPEC, spec, "small");
        assertEquals(EXPECTED_LEADERS.keySet(), Set.copyOf(machines.roles().stream().map(r -> r.name()).toList()));
        NodeId a2 = new NodeId("a2");
        Map<String, List<NodeId>> leaders;
        try (NettyCluster cluster = NettyCluster.startAll(machines, Clusters.loopback(machines),
                TraceSinks.directory(traces), NettyOptions.DEFAULTS, 1)) {
            NettyNode node = cluster.node(a2);
            try (RawConnection raw = RawConnection.open(node)) {
                raw.frame("{\"kind\":\"hello\",\"node\":\"b1\",\"incarnation\":424242}");
                raw.frame("{not json");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!bothElected(leaders = leaders(cluster, machines))
                        || node.stats().rejected(Rejection.MALFORMED) < 1) {
                    assertTrue(System.nanoTime() < deadline, "within 10 s: leaders " + leaders + ", "
                            + node.stats().rejections());
                    Thread.sleep(5);
                }
            }
            // a2 still runs its loop after the garbage: it answers, and its state is the one of a relaying node.
            assertEquals(new NodeState(true, false), node.inspect(NodeCore::state).get(5, TimeUnit.SECONDS));
            Thread.sleep(200); // a late second leader, were there one, would show now
            leaders = leaders(cluster, machines);
            assertEquals(0, node.stats().rejected(Rejection.UNKNOWN_PEER));
        }
        assertEquals(Map.of("Lower_Node", List.of(EXPECTED_LEADERS.get("Lower_Node")),
                "Upper_Node", List.of(EXPECTED_LEADERS.get("Upper_Node"))), leaders);
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
        ConformanceResult r = TraceChecker.check(LibraryModels.bind(spec, "small"), List.of(traces));
        assertTrue(r.conforms(), String.valueOf(r.divergence()));
        // Each ring: three Starts, and its winner's id travelling once around (three receives) at least.
        assertTrue(r.events() >= 12, "events: " + r.events());
    }

    /** The leaders of each role (instance), in node order. */
    private static Map<String, List<NodeId>> leaders(NettyCluster cluster, ProtocolDescriptor machines)
            throws Exception {
        Map<String, List<NodeId>> out = new TreeMap<>();
        for (var role : machines.roles()) {
            List<NodeId> elected = new ArrayList<>();
            for (NodeId n : role.nodes()) {
                if (((NodeState) cluster.node(n).inspect(NodeCore::state).get(5, TimeUnit.SECONDS)).leader()) {
                    elected.add(n);
                }
            }
            out.put(role.name(), elected);
        }
        return out;
    }

    private static boolean bothElected(Map<String, List<NodeId>> leaders) {
        return leaders.values().stream().noneMatch(List::isEmpty);
    }
}
