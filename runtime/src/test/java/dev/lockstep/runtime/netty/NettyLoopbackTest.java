package dev.lockstep.runtime.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.node.Chooser;
import dev.lockstep.runtime.node.InputResult;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.testing.PingPong;
import dev.lockstep.runtime.testing.TwoPhaseCommit;
import dev.lockstep.runtime.testing.TwoPhaseCommit.RmPhase;
import dev.lockstep.runtime.testing.TwoPhaseCommit.RmState;
import dev.lockstep.runtime.testing.TwoPhaseCommit.TmPhase;
import dev.lockstep.runtime.testing.TwoPhaseCommit.TmState;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TCP on 127.0.0.1. */
class NettyLoopbackTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) c.close();
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(10);
        }
    }

    private static Object state(NettyNode n) {
        try {
            return n.inspect(NodeCore::state).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void threeRmTwoPhaseCommitCommitsOverTcpAndWritesTraces(@TempDir Path traces) throws Exception {
        // The TM gives up after 60 s: the RMs here prepare as soon as the cluster is up.
        TwoPhaseCommit tpc = new TwoPhaseCommit(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), false, 60_000, 60_000);
        NettyCluster cluster = NettyCluster.startAll(tpc, Clusters.loopback(tpc), TraceSinks.directory(traces),
                NettyOptions.DEFAULTS, 1);
        open.add(cluster);
        for (NodeId rm : tpc.rms()) assertEquals(InputResult.FIRED, cluster.node(rm).input("Prepare").get(5, TimeUnit.SECONDS));
        assertEquals(InputResult.NOT_ENABLED, cluster.node(tpc.rms().get(0)).input("Prepare").get(5, TimeUnit.SECONDS));
        assertEquals(InputResult.UNKNOWN_ACTION, cluster.node(tpc.rms().get(0)).input("Nope").get(5, TimeUnit.SECONDS));
        await("every RM committed", () -> tpc.rms().stream()
                .allMatch(rm -> ((RmState) state(cluster.node(rm))).state() == RmPhase.committed));
        assertEquals(TmPhase.committed, ((TmState) state(cluster.node(TwoPhaseCommit.TM))).state());
        cluster.close();

        // One trace per node; the TM received three Prepared and then committed, sending Commit to each RM.
        List<JsonNode> tm = readTrace(traces.resolve("tm.ndjson"));
        assertEquals("init", tm.get(0).get("kind").asText());
        List<String> actions = tm.stream().skip(1).map(e -> e.get("action").asText()).toList();
        assertEquals(List.of("ReceivePrepared", "ReceivePrepared", "ReceivePrepared", "Commit"), actions);
        JsonNode commit = tm.get(4);
        assertEquals(3, commit.get("sent").size());
        assertEquals("committed", commit.get("state").get("state").asText());
        Set<String> consumedByRms = new HashSet<>();
        for (NodeId rm : tpc.rms()) {
            List<JsonNode> t = readTrace(traces.resolve(rm + ".ndjson"));
            assertEquals(List.of("init", "step", "step"), t.stream().map(e -> e.get("kind").asText()).toList());
            JsonNode last = t.get(2);
            assertEquals("ReceiveCommit", last.get("action").asText());
            consumedByRms.add(last.get("consumed").get("id").asText());
            assertTrue(last.get("lamport").asLong() > commit.get("lamport").asLong(), "happens-after the commit");
        }
        Set<String> sentIds = new HashSet<>();
        commit.get("sent").forEach(s -> sentIds.add(s.get("id").asText()));
        assertEquals(sentIds, consumedByRms, "each RM consumed the Commit the TM sent it, by id");
    }

    /** The public glue for code outside this repository: a loopback cluster, quiescence, typed states. */
    @Test
    void aLoopbackClusterGoesQuietAndGivesItsStatesTyped() throws Exception {
        // No RM prepares: the TM's abort timer (50..100 ms) fires, every RM aborts, and nothing is left to happen.
        TwoPhaseCommit tpc = new TwoPhaseCommit(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), false);
        ClusterConfig config = ClusterConfig.loopback(tpc);
        assertTrue(config.nodes().values().stream().allMatch(m -> m.host().equals("127.0.0.1")));
        assertEquals(4, config.nodes().values().stream().map(ClusterConfig.Member::port).distinct().count());
        NettyCluster cluster = NettyCluster.startAll(tpc, config.withInsecurePlaintext(), TraceSinks.OFF,
                NettyOptions.DEFAULTS, 1);
        open.add(cluster);
        assertTrue(cluster.awaitQuiet(java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(20)));
        for (NodeId rm : tpc.rms()) assertEquals(RmPhase.aborted, cluster.state(rm, RmState.class).state());
        assertEquals(TmPhase.aborted, cluster.state(TwoPhaseCommit.TM, TmState.class).state());
        IllegalArgumentException wrong = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> cluster.state(TwoPhaseCommit.TM, RmState.class));
        assertTrue(wrong.getMessage().contains("not a RmState"), wrong.getMessage());
    }

    @Test
    void anArmedTimerIsNotQuiet() throws Exception {
        TwoPhaseCommit tpc = new TwoPhaseCommit(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), false, 60_000, 60_000);
        NettyCluster cluster = NettyCluster.startAll(tpc, ClusterConfig.loopback(tpc).withInsecurePlaintext(),
                TraceSinks.OFF, NettyOptions.DEFAULTS, 1);
        open.add(cluster);
        assertFalse(cluster.awaitQuiet(java.time.Duration.ofMillis(200), java.time.Duration.ofSeconds(1)),
                "the TM's abort timer is armed: not quiet, though no step is taken");
    }

    @Test
    void aNodeReconnectsWithBackoffUntilItsPeerIsUp() throws Exception {
        PingPong pp = new PingPong(50);
        ClusterConfig cluster = Clusters.loopback(pp);
        NettyNode p = NettyNode.start(pp, cluster, PingPong.P, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS);
        open.add(p);
        await("a failed connection attempt", () -> p.stats().connectFailures() >= 2);
        NettyNode q = NettyNode.start(pp, cluster, PingPong.Q, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS);
        open.add(q);
        await("50 rounds", () -> state(p).equals(new PingPong.PingerState(50, 50)));
        assertEquals(new PingPong.PongerState(50), state(q));
        assertTrue(p.stats().connects() >= 1);
        assertEquals(50, q.stats().framesIn() - 1, "50 pings after the hello");
    }

    @Test
    void aPeerThatRestartsIsReachedAgainThroughReconnection() throws Exception {
        TwoPhaseCommit tpc = new TwoPhaseCommit(3, new NetworkSpec(NetworkSpec.Kind.SET, false, false), false, 60_000, 60_000);
        ClusterConfig cluster = Clusters.loopback(tpc);
        List<NettyNode> nodes = new ArrayList<>();
        for (NodeId n : List.of(TwoPhaseCommit.TM, NodeId.of("r1"), NodeId.of("r2"), NodeId.of("r3"))) {
            nodes.add(NettyNode.start(tpc, cluster, n, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS));
        }
        open.addAll(nodes);
        NettyNode tm = nodes.get(0);
        await("the TM connected to every RM", () -> tm.stats().connects() == 3);
        nodes.get(3).close(); // r3 goes away; the TM's connection to it breaks
        await("the TM noticed and retries", () -> tm.stats().connectFailures() >= 1);
        NettyNode r3 = NettyNode.start(tpc, cluster, NodeId.of("r3"), TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS);
        open.add(r3);
        for (NettyNode rm : List.of(nodes.get(1), nodes.get(2), r3)) assertEquals(InputResult.FIRED, rm.input("Prepare").get(5, TimeUnit.SECONDS));
        await("the restarted r3 got the Commit over the new connection",
                () -> ((RmState) state(r3)).state() == RmPhase.committed);
        assertEquals(4, tm.stats().connects(), "three first connections and one reconnection");
    }

    @Test
    void brokenConnectionsLoseNoMessageAndDuplicateNone() throws Exception {
        // Ping-pong has one message in flight: a single lost message would stop it forever.
        PingPong pp = new PingPong(3_000);
        ClusterConfig cluster = Clusters.loopback(pp);
        NettyNode q = NettyNode.start(pp, cluster, PingPong.Q, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS);
        open.add(q);
        NettyNode p = NettyNode.start(pp, cluster, PingPong.P, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS);
        open.add(p);
        int breaks = 0;
        while (!state(p).equals(new PingPong.PingerState(3_000, 3_000))) {
            if (breaks < 20) {
                (breaks % 2 == 0 ? q : p).breakConnections();
                breaks++;
            }
            Thread.sleep(5);
            if (breaks >= 20) await("the last rounds", () -> state(p).equals(new PingPong.PingerState(3_000, 3_000)));
        }
        assertEquals(new PingPong.PongerState(3_000), state(q), "every ping received exactly once");
        assertTrue(p.stats().connects() + q.stats().connects() > 10, p.stats() + " / " + q.stats());
    }

    @Test
    void anUnknownPeerIsRejectedOverTcpAndTheNodeKeepsRunning() throws Exception {
        PingPong pp = new PingPong(5);
        ClusterConfig cluster = Clusters.loopback(pp);
        NettyNode q = NettyNode.start(pp, cluster, PingPong.Q, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS);
        open.add(q);
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", q.address().getPort())) {
            byte[] hello = "{\"kind\":\"hello\",\"node\":\"mallory\"}".getBytes();
            var out = new java.io.DataOutputStream(s.getOutputStream());
            out.writeInt(hello.length);
            out.write(hello);
            out.flush();
            await("rejection", () -> q.stats().rejected(Rejection.UNKNOWN_PEER) == 1);
            assertEquals(-1, s.getInputStream().read(), "the node closed the connection");
        }
        NettyNode p = NettyNode.start(pp, cluster, PingPong.P, TraceSink.OFF, Chooser.FIRST, NettyOptions.DEFAULTS);
        open.add(p);
        await("5 rounds", () -> state(p).equals(new PingPong.PingerState(5, 5)));
    }

    @Test
    void aClusterFileThatDoesNotMatchTheModelIsRefused() {
        PingPong pp = new PingPong(1);
        ClusterConfig wrongRole = ClusterConfig.parse("{\"nodes\": {\"p\": {\"address\": \"127.0.0.1:1\", \"role\": \"Ponger\"},"
                + "\"q\": {\"address\": \"127.0.0.1:2\", \"role\": \"Ponger\"}, \"x\": {\"address\": \"h:3\", \"role\": \"R\"}}}", "c.json");
        ClusterConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ClusterConfigException.class,
                () -> NettyCluster.startAll(pp, wrongRole, TraceSinks.OFF, NettyOptions.DEFAULTS, 1));
        assertEquals("the cluster file does not match PingPong model rounds1: node p has role Ponger, the model says "
                + "Pinger; node x is not a node of model rounds1", e.getMessage());
    }

    private static List<JsonNode> readTrace(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) out.add(JSON.readTree(line));
        return out;
    }
}
