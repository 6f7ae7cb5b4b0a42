package dev.lockstep.specs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.durable.DurableStateException;
import dev.lockstep.runtime.durable.DurableStore;
import dev.lockstep.runtime.netty.Clusters;
import dev.lockstep.runtime.netty.NettyCluster;
import dev.lockstep.runtime.netty.NettyOptions;
import dev.lockstep.runtime.node.Chooser;
import dev.lockstep.runtime.node.NodeCore;
import dev.lockstep.runtime.node.NodeHost;
import dev.lockstep.runtime.node.NodeOptions;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSink;
import dev.lockstep.runtime.trace.TraceSinks;
import dev.lockstep.specs.generated.paxoscrashmsgs.AcceptorState;
import dev.lockstep.specs.generated.paxoscrashmsgs.P1a;
import dev.lockstep.specs.generated.paxoscrashmsgs.PaxosCrashMsgsProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durable state on disk (docs/runtime.md, "Durable state"): a step's durable variables are written before its
 * sends leave; a Netty cluster stopped and started again from its data directory recovers every node (a crashing
 * role's durable variables, a non-crashing role's whole state); a corrupt or foreign file is refused naming it.
 */
class DurableStateTest {
    static final ProtocolDescriptor PAXOS = PaxosCrashMsgsProtocol.forModel("small");
    static final NodeId A1 = NodeId.of("a1");

    @SuppressWarnings("unchecked")
    static RoleMachine<AcceptorState> acceptor() {
        return (RoleMachine<AcceptorState>) PAXOS.roles().get(1).machine(A1);
    }

    @Test
    void theDurableStateIsWrittenBeforeTheStepsSendsLeave(@TempDir Path dir) {
        DurableStore store = DurableStore.open(dir, A1, acceptor());
        List<String> events = new ArrayList<>();
        NodeHost host = new NodeHost() {
            public void send(Envelope e) { events.add("send " + e.message().type()); }

            public void armTimer(String action, long generation, long delayMillis) {}

            public void continueLater() {}

            public void persist(Object state) {
                store.write((ItfEncodable) state);
                events.add("persisted " + Itf.encode(state));
            }
        };
        NodeCore<AcceptorState> core = new NodeCore<>(acceptor(), NetworkSpec.Kind.SET,
                new TraceRecorder("a1", "Acceptor", TraceSink.OFF), Chooser.random(1), 1, NodeOptions.DEFAULTS, host);
        core.start();
        core.deliver(new Envelope("p2#1", new P1a(NodeId.of("p2"), A1, 2), 1, Map.of("p2", 1L)));
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("persisted "), "the durable state first: " + events);
        assertEquals("send P1b", events.get(1), "then the promise leaves: " + events);
        AcceptorState onDisk = DurableStore.open(dir, A1, acceptor()).recover(acceptor());
        assertEquals(new AcceptorState(2, -1, 0), onDisk, "the promise is on disk");
    }

    @Test
    void aClusterStoppedAndStartedAgainRecoversFromItsDataDirectory(@TempDir Path data, @TempDir Path traces)
            throws Exception {
        Map<NodeId, Object> before = new TreeMap<>();
        try (NettyCluster cluster = NettyCluster.start(PAXOS, Clusters.loopback(PAXOS), allNodes(), TraceSinks.OFF,
                NettyOptions.DEFAULTS, 1, data)) {
            awaitLearned(cluster);
            Thread.sleep(200); // let the remaining messages settle
            for (NodeId n : allNodes()) before.put(n, Itf.encode(cluster.node(n).inspect(NodeCore::state).get(5, TimeUnit.SECONDS)));
        }
        assertTrue(Files.readString(data.resolve("a1.durable.json")).contains("\"maxBal\""));
        try (NettyCluster again = NettyCluster.start(PAXOS, Clusters.loopback(PAXOS), allNodes(),
                TraceSinks.directory(traces), NettyOptions.DEFAULTS, 2, data)) {
            Map<?, ?> learner = (Map<?, ?>) Itf.encode(again.node(NodeId.of("l1")).inspect(NodeCore::state).get(5, TimeUnit.SECONDS));
            assertEquals(((Map<?, ?>) before.get(NodeId.of("l1"))).get("learned"), learner.get("learned"),
                    "the learner (a role that does not crash) keeps all of its state");
            for (String a : List.of("a1", "a2", "a3")) {
                Object now = Itf.encode(again.node(NodeId.of(a)).inspect(NodeCore::state).get(5, TimeUnit.SECONDS));
                assertEquals(before.get(NodeId.of(a)), now, a + " recovers its durable promise and vote");
            }
        }
        assertEquals(List.of(), Clusters.liveNodeThreads(), "every node thread has stopped");
        // Recovered, not started afresh: each trace starts with the restart (an init event at step 1), and no
        // proposer prepares again (its ballots are spent in the recovered state).
        for (NodeId n : allNodes()) {
            List<String> lines = Files.readAllLines(traces.resolve(n.name() + ".ndjson"));
            assertTrue(lines.get(0).contains("\"kind\":\"init\"") && lines.get(0).contains("\"step\":1,"), lines.get(0));
            assertTrue(lines.stream().noneMatch(l -> l.contains("\"action\":\"Prepare\"")), n + ": " + lines);
        }
    }

    @Test
    void aCorruptOrForeignFileIsRefusedNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a1.durable.json");
        Files.writeString(file, "{\"node\": \"a1\", \"role\": \"Acceptor\", \"durable\": {\"maxBal\": ");
        DurableStateException e = assertThrows(DurableStateException.class,
                () -> DurableStore.open(dir, A1, acceptor()).recover(acceptor()));
        assertTrue(e.getMessage().startsWith(file + ": not valid JSON"), e.getMessage());
        Files.writeString(file, "{\"node\": \"a2\", \"role\": \"Acceptor\", \"durable\": {}}");
        e = assertThrows(DurableStateException.class, () -> DurableStore.open(dir, A1, acceptor()).recover(acceptor()));
        assertTrue(e.getMessage().contains("not of node a1"), e.getMessage());
        Files.writeString(file, "{\"node\": \"a1\", \"role\": \"Acceptor\", \"durable\": {\"maxBal\": {\"#bigint\": \"1\"}}}");
        e = assertThrows(DurableStateException.class, () -> DurableStore.open(dir, A1, acceptor()).recover(acceptor()));
        assertTrue(e.getMessage().contains("the durable variables of role Acceptor are [maxBal, vBal, vVal]"), e.getMessage());
        Files.writeString(file, "{\"node\": \"a1\", \"role\": \"Acceptor\", \"durable\": {\"maxBal\": \"x\", "
                + "\"vBal\": {\"#bigint\": \"1\"}, \"vVal\": {\"#bigint\": \"1\"}}}");
        e = assertThrows(DurableStateException.class, () -> DurableStore.open(dir, A1, acceptor()).recover(acceptor()));
        assertTrue(e.getMessage().contains("wrong kind"), e.getMessage());
        assertNotNull(e.file());
    }

    private static List<NodeId> allNodes() {
        List<NodeId> out = new ArrayList<>();
        for (ProtocolDescriptor.RoleDescriptor r : PAXOS.roles()) out.addAll(r.nodes());
        return out;
    }

    private static void awaitLearned(NettyCluster cluster) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            Map<?, ?> l = (Map<?, ?>) Itf.encode(cluster.node(NodeId.of("l1")).inspect(NodeCore::state).get(5, TimeUnit.SECONDS));
            if (!String.valueOf(l.get("learned")).equals("{#set=[]}")) return;
            assertTrue(System.nanoTime() < deadline, "nothing learned within 20 s: " + l);
            Thread.sleep(10);
        }
    }
}
