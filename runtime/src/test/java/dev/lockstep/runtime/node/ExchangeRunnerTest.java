package dev.lockstep.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.sim.OnlineCheck;
import dev.lockstep.runtime.sim.Simulation;
import dev.lockstep.runtime.sim.SimulationOptions;
import dev.lockstep.runtime.sim.SimulationResult;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The exchange runner on the simulator, with a hand-written MinFinder exchange on 4 nodes whose view weighs n1 three
 * times the others, at rate 2: peers are drawn in proportion to their weights, exchanges start at about the rate,
 * a node runs one exchange at a time (its next event after a start is that exchange's commit or rollback), busy
 * receivers refuse, and a lost message ends in a rollback to the saved state.
 */
class ExchangeRunnerTest {
    record V(long val) implements ItfEncodable {
        public Object toItf() { return Itf.record("val", val); }
    }

    static final List<NodeId> NODES = List.of(NodeId.of("n1"), NodeId.of("n2"), NodeId.of("n3"), NodeId.of("n4"));

    static long val(Object itf) { return Itf.asLong(((Map<?, ?>) itf).get("val")); }

    static ExchangeSpec<V> minFinder(NodeId self) {
        return new ExchangeSpec<>("Gossip", "test:1:1", false,
                s -> NODES.stream().filter(n -> !n.equals(self)).toList(),
                (s, peer) -> peer.name().equals("n1") ? 3 : 1,
                s -> 2.0,
                (s, peer) -> true,
                (s, peer) -> s,
                (s, msg1) -> new ExchangeSpec.Answer<>(new V(Math.min(s.val(), val(msg1))), s),
                (s, peer, msg2) -> new V(Math.min(s.val(), val(msg2))));
    }

    /** Protocol T, model m, on a set network without spec messages, with {@code roles}. */
    static ProtocolDescriptor protocol(java.util.function.Supplier<List<ProtocolDescriptor.RoleDescriptor>> roles) {
        return new ProtocolDescriptor() {
            public String protocol() { return "T"; }

            public String model() { return "m"; }

            public NetworkSpec network() { return new NetworkSpec(NetworkSpec.Kind.SET, false, false); }

            public Message messageFromItf(Object itf) { throw new IllegalArgumentException("no spec messages"); }

            public List<RoleDescriptor> roles() { return roles.get(); }
        };
    }

    static ProtocolDescriptor protocol() {
        return protocol(() -> List.of(new ProtocolDescriptor.RoleDescriptor() {
            public String name() { return "Node"; }

            public List<NodeId> nodes() { return NODES; }

            public RoleMachine<V> machine(NodeId self) {
                return new RoleMachine<>() {
                    public String role() { return "Node"; }

                    public NodeId self() { return self; }

                    public List<V> initialStates() { return List.of(new V(10 + NODES.indexOf(self))); }

                    public List<Command> start(V initial) { return List.of(); }

                    public List<ActionSpec<V>> actions() { return List.of(); }

                    public List<ExchangeSpec<V>> exchanges() { return List.of(minFinder(self)); }
                };
            }
        }));
    }

    /** Every node's events in order. */
    final Map<String, List<TraceEvent>> events = new HashMap<>();

    SimulationResult run(long seed, long steps, double drop) {
        events.clear();
        SimulationOptions o = SimulationOptions.of(seed, steps).withFaults(drop, 0, 0).withTraces(node -> {
            List<TraceEvent> mine = events.computeIfAbsent(node.name(), n -> new ArrayList<>());
            return (TraceSink) mine::add;
        });
        SimulationResult r = Simulation.run(protocol(), o, OnlineCheck.NONE);
        assertTrue(r.ok(), String.valueOf(r.failure()));
        return r;
    }

    static boolean isStart(TraceEvent e) { return e.action() != null && e.consumed() == null && !e.sent().isEmpty(); }

    static boolean isEnd(TraceEvent e) {
        return e.action() != null && e.sent().isEmpty(); // a commit (consumes the reply) or a rollback
    }

    @Test
    void peersAreDrawnByWeightAtTheRateOneExchangeAtATime() {
        SimulationResult r = run(1, 20_000, 0);
        Map<String, Integer> peers = new HashMap<>();
        long starts = 0, rollbacks = 0;
        for (List<TraceEvent> node : events.values()) {
            for (int i = 0; i < node.size(); i++) {
                TraceEvent e = node.get(i);
                if (!isStart(e)) continue;
                starts++;
                if (e.node().equals("n2")) peers.merge(String.valueOf(e.params().get("peer")), 1, Integer::sum);
                if (i + 1 < node.size()) {
                    TraceEvent next = node.get(i + 1);
                    assertTrue(isEnd(next), e.node() + " step " + next.step() + " follows its start while the exchange is open");
                    if (next.consumed() == null) rollbacks++;
                }
            }
        }
        int total = peers.values().stream().mapToInt(Integer::intValue).sum();
        double n1 = peers.get("n1") / (double) total;
        assertTrue(n1 > 0.55 && n1 < 0.65, "n1 weighs 3 of 5: " + peers);
        double perRound = starts / (double) NODES.size() / (r.timeMillis() / 100.0);
        // Rate 2 per 100 ms round; a tick that finds the node busy in an exchange is skipped.
        assertTrue(perRound > 1.5 && perRound <= 2.1, "exchanges per node per round: " + perRound);
        assertTrue(rollbacks > 0, "busy receivers refuse, and their initiators roll back");
        for (var s : r.finalStates().values()) assertEquals(new V(10), s, "the minimum spread");
    }

    @Test
    void aLostMessageEndsInARollbackToTheSavedState() {
        run(2, 5_000, 0.3);
        long rollbacks = 0;
        for (List<TraceEvent> node : events.values()) {
            for (int i = 0; i + 1 < node.size(); i++) {
                TraceEvent next = node.get(i + 1);
                if (isStart(node.get(i)) && next.consumed() == null) {
                    rollbacks++;
                    assertEquals(node.get(i).state(), next.state(), "a rollback restores the state saved at the start");
                }
            }
        }
        assertTrue(rollbacks > 50, "rollbacks: " + rollbacks);
    }
}
