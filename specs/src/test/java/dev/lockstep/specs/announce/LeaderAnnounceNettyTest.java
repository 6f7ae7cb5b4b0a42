package dev.lockstep.specs.announce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.ItfEncodable;
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
import dev.lockstep.specs.generated.leaderannounce.CoordinatorState;
import dev.lockstep.specs.generated.leaderannounce.NodeState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated leader-announce nodes over Netty on loopback (model {@code small}, one process per node): within
 * 10 s every node learns the coordinator's leader, and the announcements go on for {@value #RUN_MILLIS} ms more,
 * while node n1 also receives garbage on a connection of its own (a frame that is no JSON and an announcement whose
 * leader is a boolean); n1 rejects both and keeps learning and acknowledging. The traces the nodes wrote do not
 * log the node's {@code ghost} counter, and they conform to the spec, the monitor deriving the counter.
 */
class LeaderAnnounceNettyTest {
    static final long RUN_MILLIS = 3_000;

    @Test
    void aLoopbackClusterLearnsTheLeaderAndANodeReceivingGarbageKeepsRunning(@TempDir Path traces) throws Exception {
        CheckedSpec spec = LibraryModels.load(LeaderAnnounceSimulationTest.SPEC);
        ProtocolDescriptor machines = LeaderAnnounceSimulationTest.machines(LeaderAnnounceSimulationTest.SPEC);
        NodeId n1 = new NodeId("n1");
        NodeId coordinator = new NodeId("c");
        long roundsAfterGarbage;
        try (NettyCluster cluster = NettyCluster.startAll(machines, Clusters.loopback(machines),
                TraceSinks.directory(traces), NettyOptions.DEFAULTS, 1)) {
            NettyNode node = cluster.node(n1);
            try (RawConnection raw = RawConnection.open(node)) {
                // As n2, which never sends to n1 in this protocol.
                raw.frame("{\"kind\":\"hello\",\"node\":\"n2\",\"incarnation\":424242}");
                raw.frame("{not json");
                raw.frame("{\"kind\":\"msg\",\"id\":\"n2#1\",\"lamport\":1,\"vclock\":{},\"msg\":{\"type\":\"Announce\","
                        + "\"src\":\"n2\",\"dst\":\"n1\",\"leader\":true,\"round\":{\"#bigint\":\"1\"}}}");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!everyNodeKnowsTheLeader(cluster, machines) || node.stats().rejected(Rejection.MALFORMED) < 2) {
                    assertTrue(System.nanoTime() < deadline, "within 10 s: " + snapshot(cluster, machines) + ", "
                            + node.stats().rejections());
                    Thread.sleep(5);
                }
            }
            long roundAtGarbage = coordinatorState(cluster, coordinator).round();
            Thread.sleep(RUN_MILLIS);
            CoordinatorState last = coordinatorState(cluster, coordinator);
            roundsAfterGarbage = last.round() - roundAtGarbage;
            // n1 still runs its loop: it answers, knows the leader, and its acknowledgements reached the coordinator.
            assertTrue(node.inspect(NodeCore::state).get(5, TimeUnit.SECONDS) instanceof NodeState n
                    && n.leader().equals(last.leader()));
            assertTrue(last.acked().contains(n1), "acked " + last.acked());
            assertEquals(0, node.stats().rejected(Rejection.UNKNOWN_PEER));
        }
        System.out.println("leader-announce over Netty: " + roundsAfterGarbage + " announcements in " + RUN_MILLIS
                + " ms after the garbage");
        // One announcement every 20 ms: well over half of them, allowing for scheduling delay on a busy machine.
        assertTrue(roundsAfterGarbage > RUN_MILLIS / 20 / 4, "announcements: " + roundsAfterGarbage);
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
        assertFalse(tracesMention(traces, "learned"), "a ghost variable is not generated, so not traced");
        ConformanceResult r = TraceChecker.check(LibraryModels.bind(spec, "small"), List.of(traces));
        assertTrue(r.conforms(), String.valueOf(r.divergence()));
        // Five events per round while both nodes answer (Announce, two Renews, two Acked); three if n1 had stopped.
        assertTrue(r.events() > 4 * roundsAfterGarbage, "events: " + r.events());
    }

    private static Map<NodeId, ItfEncodable> snapshot(NettyCluster cluster, ProtocolDescriptor machines)
            throws Exception {
        Map<NodeId, ItfEncodable> states = new TreeMap<>();
        for (var role : machines.roles()) {
            for (NodeId n : role.nodes()) states.put(n, cluster.node(n).inspect(NodeCore::state).get(5, TimeUnit.SECONDS));
        }
        return states;
    }

    private static boolean everyNodeKnowsTheLeader(NettyCluster cluster, ProtocolDescriptor machines) throws Exception {
        return LeaderAnnounceSimulationTest.everyNodeKnowsTheLeader(snapshot(cluster, machines)).isPresent();
    }

    private static CoordinatorState coordinatorState(NettyCluster cluster, NodeId c) throws Exception {
        return (CoordinatorState) cluster.node(c).inspect(NodeCore::state).get(5, TimeUnit.SECONDS);
    }

    private static boolean tracesMention(Path dir, String word) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (Files.readString(f).contains(word)) return true;
            }
        }
        return false;
    }
}
