package dev.lockstep.specs.quorum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.runtime.api.Envelope;
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
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Paxos-quorum nodes over Netty on loopback (model {@code small}, one process per node, each on its
 * own event loop): they reach a decision, while proposer p1 also receives garbage on a connection of its own (frames
 * that are no JSON, an ill-typed promise, and a well-typed promise from a proposer, which its quorum receive never
 * reads); p1 rejects or keeps them and runs on. The traces the nodes wrote conform to the spec.
 */
class PaxosQuorumNettyTest {

    @Test
    void aLoopbackClusterDecidesAndAProposerReceivingGarbageKeepsRunning(@TempDir Path traces) throws Exception {
        CheckedSpec spec = LibraryModels.load(PaxosQuorumSimulationTest.SPEC);
        ProtocolDescriptor machines = PaxosQuorumSimulationTest.machines(PaxosQuorumSimulationTest.SPEC);
        NodeId p1 = new NodeId("p1");
        Optional<Long> decision = Optional.empty();
        try (NettyCluster cluster = NettyCluster.startAll(machines, Clusters.loopback(machines),
                TraceSinks.directory(traces), NettyOptions.DEFAULTS, 1)) {
            NettyNode proposer = cluster.node(p1);
            try (RawConnection raw = RawConnection.open(proposer)) {
                raw.frame("{\"kind\":\"hello\",\"node\":\"p2\",\"incarnation\":424242}");
                raw.frame("{not json");
                raw.frame("{\"kind\":\"msg\",\"id\":\"p2#1\",\"lamport\":1,\"vclock\":{},\"msg\":{\"type\":\"P1b\","
                        + "\"src\":\"p2\",\"dst\":\"p1\",\"bal\":true,\"mbal\":{\"#bigint\":\"-1\"},"
                        + "\"mval\":{\"#bigint\":\"0\"}}}");
                raw.frame("{\"kind\":\"msg\",\"id\":\"p2#900\",\"lamport\":1,\"vclock\":{\"p2\":1},\"msg\":{\"type\":"
                        + "\"P1b\",\"src\":\"p2\",\"dst\":\"p1\",\"bal\":{\"#bigint\":\"0\"},\"mbal\":{\"#bigint\":"
                        + "\"-1\"},\"mval\":{\"#bigint\":\"0\"}}}");
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (decision.isEmpty() || proposer.stats().rejected(Rejection.MALFORMED) < 2
                        || !holdsForeignPromise(proposer)) {
                    assertTrue(System.nanoTime() < deadline, "within 10 s: decision " + decision + ", "
                            + proposer.stats().rejections());
                    Map<NodeId, ItfEncodable> states = new TreeMap<>();
                    for (NodeId n : machines.roles().get(1).nodes()) {
                        states.put(n, cluster.node(n).inspect(NodeCore::state).get(5, TimeUnit.SECONDS));
                    }
                    decision = PaxosQuorumSimulationTest.decided(states);
                    Thread.sleep(5);
                }
            }
            // p1 still runs its loop: it answers, and its state is a proposer's.
            assertTrue(proposer.inspect(NodeCore::state).get(5, TimeUnit.SECONDS).toItf() instanceof Map<?, ?> m
                    && m.containsKey("proposed"));
            assertEquals(0, proposer.stats().rejected(Rejection.UNKNOWN_PEER));
        }
        System.out.println("paxos-quorum over Netty decided " + decision.orElseThrow());
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
        ConformanceResult r = TraceChecker.check(LibraryModels.bind(spec, "small"), List.of(traces));
        assertTrue(r.conforms(), String.valueOf(r.divergence()));
        assertTrue(r.events() > 10, "events: " + r.events());
    }

    /** Whether the well-typed promise from proposer p2 waits in p1's inbox (no quorum of acceptors includes p2). */
    private static boolean holdsForeignPromise(NettyNode proposer) throws Exception {
        List<Envelope> inbox = proposer.inspect(NodeCore::inbox).get(5, TimeUnit.SECONDS);
        return inbox.stream().anyMatch(e -> e.id().equals("p2#900"));
    }
}
