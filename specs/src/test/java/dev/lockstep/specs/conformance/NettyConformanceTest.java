package dev.lockstep.specs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.conformance.ConformanceHarness;
import dev.lockstep.conformance.ConformanceResult;
import dev.lockstep.conformance.TraceChecker;
import dev.lockstep.junit.LockstepConformance;
import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyNode;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.generated.twophasecommit.TwoPhaseCommitProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real run over TCP: the generated two-phase commit machines (model {@code small}: a TM and 3 RMs) on Netty
 * nodes on 127.0.0.1, one event loop thread each. The RMs prepare through the input API, the nodes reach a decision
 * (commit, or abort if the TM's 500 ms..1 s timer wins the race), the traces are written, and the file-based trace
 * checker finds that they conform to the spec.
 */
class NettyConformanceTest {

    private static String phase(NettyNode node) throws Exception {
        Object state = node.inspect(NodeCore::state).get(5, TimeUnit.SECONDS);
        return String.valueOf(((Map<?, ?>) Itf.encode(state)).get("state"));
    }

    /** Every RM prepares through the input API; waits until all RMs committed or all aborted, and the TM is done. */
    private static void prepareAndAwaitDecision(NettyCluster cluster, List<NodeId> rms) throws Exception {
        for (NodeId rm : rms) {
            assertEquals(InputResult.FIRED, cluster.node(rm).input("Prepare").get(5, TimeUnit.SECONDS));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Set<String> decided = new TreeSet<>();
        while (true) {
            decided.clear();
            for (NodeId rm : rms) decided.add(phase(cluster.node(rm)));
            if (decided.equals(Set.of("committed")) || decided.equals(Set.of("aborted"))) break;
            assertTrue(System.nanoTime() < deadline, "no decision within 20 s: " + decided);
            Thread.sleep(10);
        }
        assertEquals("done", phase(cluster.node(NodeId.of("tm"))));
    }

    /**
     * The same runs checked online: each node's events reach the monitor from its own trace writer thread, in no
     * particular order across nodes; the harness's happens-before feed orders them (docs/conformance.md).
     */
    @Test
    @LockstepConformance(spec = "two-phase-commit.lstep", model = "small", seeds = 8, online = true)
    void generatedTwoPhaseCommitOverNettyConformsOnline(ConformanceHarness harness) throws Exception {
        harness.check((seed, sinks) -> {
            TwoPhaseCommitProtocol protocol = new TwoPhaseCommitProtocol();
            try (NettyCluster cluster = NettyCluster.startAll(protocol, Clusters.loopback(protocol), sinks,
                    NettyOptions.DEFAULTS, seed)) {
                prepareAndAwaitDecision(cluster, protocol.roles().get(1).nodes());
            }
        });
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
    }

    @Test
    void generatedTwoPhaseCommitOverNettyDecidesAndItsTracesConform(@TempDir Path traces) throws Exception {
        TwoPhaseCommitProtocol protocol = new TwoPhaseCommitProtocol();
        List<NodeId> rms = protocol.roles().get(1).nodes();
        assertEquals(3, rms.size());
        try (NettyCluster cluster = NettyCluster.startAll(protocol, Clusters.loopback(protocol),
                TraceSinks.directory(traces), NettyOptions.DEFAULTS, 1)) {
            prepareAndAwaitDecision(cluster, rms);
        }
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
        for (String node : List.of("tm", "r1", "r2", "r3")) {
            assertTrue(Files.size(traces.resolve(node + ".ndjson")) > 0, node);
        }
        ModelInstance model = ConformanceHarness.load(Path.of("two-phase-commit.lstep"), "small");
        ConformanceResult r = TraceChecker.check(model, List.of(traces));
        assertTrue(r.conforms(), String.valueOf(r.divergence()));
        // 4 init events, 3 Prepare, 3 receives at the TM (or fewer before an abort), a decision, 3 receives of it.
        assertTrue(r.events() >= 4 + 3 + 1 + 3, "events: " + r.events());
    }
}
