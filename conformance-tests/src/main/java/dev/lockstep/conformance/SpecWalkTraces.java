package dev.lockstep.conformance;

import dev.lockstep.lang.eval.ModelInstance;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;
import dev.lockstep.lang.explore.Successor;
import dev.lockstep.lang.explore.Transitions;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.value.Itf;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.lang.value.Values;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ExchangeMessage;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.trace.TraceRecorder;
import dev.lockstep.runtime.trace.TraceSinks;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Conforming traces straight from a spec: a seeded random walk over the spec's transition relation
 * ({@link Transitions}), recorded node by node through the runtime's {@link TraceRecorder} exactly as an
 * implementation would record it (ids, Lamport and vector clocks included). Used to test the checker against every
 * library spec and network kind, as the source of mutated traces, and by the benchmark for long traces. Each step
 * picks uniformly among all successors (network drops and duplicates included) and takes it through the spec's
 * successor function ({@link Transitions#apply}), whose sends the recorder logs; the walk stops early at a state
 * without successors.
 */
public final class SpecWalkTraces {
    private final ModelInstance model;
    private final Transitions transitions;
    private final NetworkKind kind;

    public SpecWalkTraces(ModelInstance model) {
        this.model = model;
        this.transitions = new Transitions(model);
        this.kind = model.spec().network().kind();
    }

    /** A spec value seen by the runtime's ITF encoder. */
    private record SpecValue(Value value) implements ItfEncodable {
        public Object toItf() { return Itf.encode(value); }
    }

    /** A spec message seen by the runtime. */
    private record SpecMessage(RecordV record) implements Message {
        public String type() { return ((StrV) record.messageType()).value(); }

        public NodeId src() { return NodeId.of(record.src().show()); }

        public NodeId dst() { return NodeId.of(record.dst().show()); }

        public Object toItf() { return Itf.encode(record); }
    }

    /** Walks at most {@code steps} steps from a random initial state; returns the number of events recorded. */
    public long walk(long seed, int steps, TraceSinks sinks) throws IOException {
        Random random = new Random(seed);
        CheckedSpec spec = model.spec();
        List<State> inits = transitions.initialStates();
        State state = inits.get(random.nextInt(inits.size()));
        Map<Value, TraceRecorder> recorders = new HashMap<>();
        Map<Value, Integer> bases = new HashMap<>();
        Map<Value, CheckedSpec.Role> roles = new HashMap<>();
        long events = 0;
        for (CheckedSpec.Role role : spec.roles()) {
            NodeV[] nodes = model.nodes(role.index());
            for (int n = 0; n < nodes.length; n++) {
                TraceRecorder rec = new TraceRecorder(nodes[n].name(), role.name(), sinks.open(NodeId.of(nodes[n].name())));
                int base = model.nodeBase(role.index(), n);
                recorders.put(nodes[n], rec);
                bases.put(nodes[n], base);
                roles.put(nodes[n], role);
                rec.init(localState(role, state, base));
                events++;
            }
        }
        // Envelopes in flight by message value: the runtime delivers envelopes, the spec sees values.
        Map<RecordV, Deque<Envelope>> inFlight = new HashMap<>();
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            labels.clear();
            transitions.successors(state, (label, next) -> labels.add(label));
            if (labels.isEmpty()) break;
            Successor step = transitions.apply(state, labels.get(random.nextInt(labels.size())));
            Label label = step.label();
            if (label.isCrash()) {
                // A restart: a second init event, with the state after the crash and on restart's sends.
                CheckedSpec.Role role = roles.get(label.node());
                List<SpecMessage> sent = step.sent().stream().map(SpecMessage::new).toList();
                List<Envelope> out = recorders.get(label.node()).restart(localState(role, step.next(),
                        bases.get(label.node())), sent);
                for (Envelope e : out) {
                    inFlight.computeIfAbsent(((SpecMessage) e.message()).record(), k -> new ArrayDeque<>()).addLast(e);
                }
                events++;
            } else if (label.isEnvironment()) {
                Deque<Envelope> copies = inFlight.get(label.message());
                boolean drop = label.name().equals(Transitions.DROP);
                if (drop && kind == NetworkKind.SET) copies.clear(); // a set loses the value
                else if (drop) copies.pollFirst();
                else copies.addLast(copies.peekFirst());
            } else if (label.action().trigger() instanceof CheckedSpec.Trigger.Exchange) {
                if (!exchange(label, state, step, recorders, bases, roles)) continue; // "initiator" alone: no runtime trace shows it
                events += 3;
            } else {
                CheckedSpec.Action action = label.action();
                CheckedSpec.Role role = spec.role(action.role()).orElseThrow();
                int base = bases.get(label.node());
                Envelope consumed = null;
                if (label.message() != null) {
                    Deque<Envelope> copies = inFlight.get(label.message());
                    consumed = kind == NetworkKind.SET ? copies.peekFirst() : copies.pollFirst();
                }
                List<SpecMessage> sent = step.sent().stream().map(SpecMessage::new).toList();
                List<SpecValue> params = label.params().stream().map(SpecValue::new).toList();
                List<Envelope> out;
                if (label.received() != null) {
                    // A quorum receive reads one copy of each message of its set (and consumes it on bag and fifo).
                    List<Envelope> read = new ArrayList<>();
                    for (int k = 0; k < label.received().size(); k++) {
                        Deque<Envelope> copies = inFlight.get((RecordV) label.received().get(k));
                        read.add(kind == NetworkKind.SET ? copies.peekFirst() : copies.pollFirst());
                    }
                    out = recorders.get(label.node()).stepAll(action.name(), label.paramNames(), params, read, sent,
                            localState(role, step.next(), base));
                } else {
                    out = recorders.get(label.node()).step(action.name(), label.paramNames(), params, consumed, sent,
                            localState(role, step.next(), base));
                }
                for (Envelope e : out) {
                    inFlight.computeIfAbsent(((SpecMessage) e.message()).record(), k -> new ArrayDeque<>()).addLast(e);
                }
                events++;
            }
            state = step.next();
        }
        return events;
    }

    /**
     * An exchange step as the runtime records it (docs/runtime.md, "Exchanges"): the initiator's start, the
     * receiver's serve, then the initiator's commit (outcome both) or rollback (outcome receiver). Returns false for
     * outcome "initiator", which the runtime never produces.
     */
    private boolean exchange(Label label, State state, Successor step, Map<Value, TraceRecorder> recorders, Map<Value, Integer> bases,
                             Map<Value, CheckedSpec.Role> roles) {
        String outcome = label.params().size() > 1 ? ((StrV) label.params().get(1)).value() : "both";
        if (outcome.equals("initiator")) return false;
        String name = label.action().name();
        Value peer = label.params().get(0);
        CheckedSpec.Role role = roles.get(label.node());
        NodeId self = NodeId.of(label.node().show());
        NodeId other = NodeId.of(peer.show());
        TraceRecorder initiator = recorders.get(label.node());
        TraceRecorder receiver = recorders.get(peer);
        SpecValue before = localState(role, state, bases.get(label.node()));
        Envelope request = initiator.step(name, List.of("peer"), List.of(new SpecValue(peer)), null,
                List.of(new ExchangeMessage(name, ExchangeMessage.Kind.REQUEST, self, other, null, Map.of())), before).get(0);
        Envelope reply = receiver.step(name, List.of(), List.of(), request,
                List.of(new ExchangeMessage(name, ExchangeMessage.Kind.REPLY, other, self, request.id(), Map.of())),
                localState(role, step.next(), bases.get(peer))).get(0);
        if (outcome.equals("both")) {
            initiator.step(name, List.of("peer"), List.of(new SpecValue(peer)), reply, List.of(),
                    localState(role, step.next(), bases.get(label.node())));
        } else {
            initiator.step(name, List.of("peer"), List.of(new SpecValue(peer)), null, List.of(), before);
        }
        return true;
    }

    private static SpecValue localState(CheckedSpec.Role role, State state, int base) {
        List<String> names = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        for (CheckedSpec.Var v : role.vars()) {
            if (v.ghost()) continue;  // the generated node has no ghost state, so its traces do not show it
            names.add(v.name());
            values.add(state.slot(base + v.index()));
        }
        return new SpecValue(Values.record(names, values));
    }
}
