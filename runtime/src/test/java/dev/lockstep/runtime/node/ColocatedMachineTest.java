package dev.lockstep.runtime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Layers;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.ProtocolDescriptor;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.node.ExchangeRunnerTest.V;
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
 * A node of two roles (docs/runtime.md, "Roles on one node"): a MinFinder role Low and a role Up that reads it
 * ({@code reads Low}) and copies Low's current value at each of its exchanges. They run as one machine per node:
 * one trace per node whose events carry their own role and state, Up reads Low's live state, and clashing names or
 * a missing lower layer are refused when the node is built.
 */
class ColocatedMachineTest {
    static final List<NodeId> NODES = ExchangeRunnerTest.NODES;

    /** Up: an exchange that copies this node's Low value (read through Layers) into its own. */
    static RoleMachine<V> up(NodeId self, String exchange, List<String> reads) {
        Layers[] layers = {Layers.none("Up", self)};
        ExchangeSpec<V> copy = new ExchangeSpec<>(exchange, "test:2:1", false,
                s -> NODES.stream().filter(n -> !n.equals(self)).toList(), (s, peer) -> 1, s -> 1.0, (s, peer) -> true,
                (s, peer) -> s, (s, msg1) -> new ExchangeSpec.Answer<>(s, s),
                (s, peer, msg2) -> new V(((V) layers[0].state("Low")).val()));
        return machine("Up", self, new V(100), List.of(copy), reads, l -> layers[0] = l);
    }

    static RoleMachine<V> machine(String role, NodeId self, V initial, List<ExchangeSpec<V>> exchanges,
                                  List<String> reads, java.util.function.Consumer<Layers> given) {
        return new RoleMachine<>() {
            public String role() { return role; }

            public NodeId self() { return self; }

            public List<V> initialStates() { return List.of(initial); }

            public List<Command> start(V s) { return List.of(); }

            public List<ActionSpec<V>> actions() { return List.of(); }

            public List<ExchangeSpec<V>> exchanges() { return exchanges; }

            public List<String> layersRead() { return reads; }

            public void readLayers(Layers layers) { given.accept(layers); }
        };
    }

    static ProtocolDescriptor protocol(String upExchange, List<String> upReads) {
        return ExchangeRunnerTest.protocol(() -> List.of(role("Low", self -> machine("Low", self,
                new V(10 + NODES.indexOf(self)), List.of(ExchangeRunnerTest.minFinder(self)), List.of(), l -> { })),
                role("Up", self -> up(self, upExchange, upReads))));
    }

    static ProtocolDescriptor.RoleDescriptor role(String name, java.util.function.Function<NodeId, RoleMachine<V>> m) {
        return new ProtocolDescriptor.RoleDescriptor() {
            public String name() { return name; }

            public List<NodeId> nodes() { return NODES; }

            public RoleMachine<V> machine(NodeId self) { return m.apply(self); }
        };
    }

    @Test
    void theRolesOfANodeRunAsOneMachineWithOneTraceAndTheUpperReadsTheLiveLowerLayer() {
        Map<String, List<TraceEvent>> events = new HashMap<>();
        SimulationOptions o = SimulationOptions.of(3, 4_000).withTraces(node -> {
            List<TraceEvent> mine = events.computeIfAbsent(node.name(), n -> new ArrayList<>());
            return (TraceSink) mine::add;
        });
        SimulationResult r = Simulation.run(protocol("Copy", List.of("Low")), o, OnlineCheck.NONE);
        assertTrue(r.ok(), String.valueOf(r.failure()));
        assertEquals(NODES.size(), r.finalStates().size(), "one machine per node");
        for (ItfEncodable s : r.finalStates().values()) {
            ColocatedMachine.States both = (ColocatedMachine.States) s;
            assertEquals(new V(10), both.of("Low"), "the minimum spread");
            assertEquals(new V(10), both.of("Up"), "Up copied the live Low value, not Low's initial one");
        }
        for (List<TraceEvent> node : events.values()) {
            assertEquals(List.of("Low", "Up"), node.subList(0, 2).stream().map(TraceEvent::role).toList(), "an init per role");
            for (int i = 2; i < node.size(); i++) {
                TraceEvent e = node.get(i);
                assertEquals(i - 1, e.step(), "the node's step numbers are shared by its roles");
                assertEquals(e.action().equals("Gossip") ? "Low" : "Up", e.role(), "each step under its own role");
            }
            assertTrue(node.stream().anyMatch(e -> "Copy".equals(e.action())), "Up stepped");
        }
    }

    @Test
    void clashingNamesAndAMissingLowerLayerAreRefused() {
        var clash = assertThrows(IllegalArgumentException.class,
                () -> ColocatedMachine.forNode(protocol("Gossip", List.of("Low")), NodeId.of("n1")));
        assertTrue(clash.getMessage().contains("Low and Up both have an action or exchange Gossip"), clash.getMessage());
        var missing = assertThrows(IllegalArgumentException.class,
                () -> ColocatedMachine.forNode(protocol("Copy", List.of("Mid")), NodeId.of("n1")));
        assertTrue(missing.getMessage().contains("role Up reads role Mid, which does not run on node n1"), missing.getMessage());
    }
}
