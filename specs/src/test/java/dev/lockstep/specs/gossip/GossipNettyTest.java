package dev.lockstep.specs.gossip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.netty.ClusterConfig;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.node.NodeOptions;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.gen.LibraryModels;
import dev.lockstep.specs.generated.minfinderpairwise.MinFinderPairwiseConstants;
import dev.lockstep.specs.generated.minfinderpairwise.MinFinderPairwiseProtocol;
import dev.lockstep.specs.generated.minfinderpairwise.NodeState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated pairwise MinFinder on 12 Netty nodes on 127.0.0.1 (plaintext loopback): every node gossips once per
 * 50 ms round with a uniformly drawn peer, one exchange at a time, until every node holds the least initial value;
 * then the 12 traces are checked against the spec (a 12-node model of specs/minfinder-pairwise.lstep), each exchange
 * mapped back to one atomic step. The spec has no {@code may fail}, so a half-applied exchange (a timeout after the
 * receiver committed) would diverge: the timeout is long (10 s), since nothing is lost on a live connection.
 */
class PairwiseMinFinderNettyTest {
    static final int NODES = 12;

    @Test
    void twelveNodesConvergeOverNettyAndTheirTracesConform(@TempDir Path tmp) throws Exception {
        StringBuilder nodes = new StringBuilder();
        List<NodeId> ids = new ArrayList<>();
        for (int i = 1; i <= NODES; i++) {
            nodes.append(i == 1 ? "" : ", ").append("n").append(i);
            ids.add(NodeId.of("n" + i));
        }
        Path spec = Files.writeString(tmp.resolve("minfinder-pairwise.lstep"), Files.readString(Path.of("minfinder-pairwise.lstep"))
                + "\nmodel twelve {\n  Nodes = {" + nodes + "}  Values = {1, 2, 3, 4, 5}\n}\n");
        ModelInstance model = LibraryModels.bind(LibraryModels.load(spec), "twelve");
        MinFinderPairwiseProtocol protocol = new MinFinderPairwiseProtocol("twelve", new MinFinderPairwiseConstants(
                SpecValues.setOf(ids.toArray(NodeId[]::new)), SpecValues.setOf(1L, 2L, 3L, 4L, 5L)));
        NettyOptions d = NettyOptions.DEFAULTS;
        NettyOptions options = new NettyOptions(d.maxFrameBytes(), d.maxPendingPerPeer(), d.reconnectMinMillis(),
                d.reconnectMaxMillis(), d.ackDelayMillis(), d.timerSeed(), NodeOptions.DEFAULTS.withExchanges(50, 10_000));
        Path traces = tmp.resolve("traces");
        long t0 = System.nanoTime();
        Set<Long> vals = new TreeSet<>();
        try (NettyCluster cluster = NettyCluster.startAll(protocol, ClusterConfig.loopback(protocol).withInsecurePlaintext(),
                TraceSinks.directory(traces), options, 7)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                vals.clear();
                long min = Long.MAX_VALUE;
                for (NodeId id : ids) {
                    NodeState s = cluster.state(id, NodeState.class);
                    vals.add(s.val());
                    min = Math.min(min, s.init());
                }
                if (vals.equals(Set.of(min))) break;
                assertTrue(System.nanoTime() < deadline, "not converged within 30 s: values " + vals);
                Thread.sleep(20);
            }
        }
        long converged = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
        ConformanceResult r = TraceChecker.check(model, List.of(traces));
        assertTrue(r.conforms(), String.valueOf(r.divergence()));
        assertTrue(r.events() > NODES * 3L, "events: " + r.events());
        System.out.println("minfinder-pairwise over Netty: " + NODES + " nodes converged to " + vals + " in " + converged
                + " ms; " + r.events() + " trace events conform (checked in " + r.elapsed().toMillis() + " ms)");
    }
}
