package dev.lockstep.conformance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.ExchangeMessage;
import dev.lockstep.runtime.api.ExchangeSpec;
import dev.lockstep.runtime.api.MessageId;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.ItfEncodable;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.RoleMachine;
import dev.lockstep.runtime.api.SortedArraySet;
import dev.lockstep.runtime.api.Step;
import dev.lockstep.runtime.api.Trigger;
import dev.lockstep.runtime.trace.TraceEvent;
import dev.lockstep.runtime.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One node of a replay: its generated machine, its recorder (which writes the new trace and stamps message ids and
 * clocks exactly as the runtime's node loop does), and the recorded events still to feed it. Unlike the runtime's
 * node loop it chooses nothing: each event names its action, parameters and message, and is fired only if the
 * machine's guard allows it in the replayed state.
 */
final class ReplayedNode<S extends ItfEncodable> {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What happened to the node's next event. */
    sealed interface Attempt {}

    record Fired(List<Envelope> sent) implements Attempt {}

    /** Its message is not (yet) among those sent. */
    record Waiting(String reason) implements Attempt {}

    /** It can no longer happen: the node stops here. */
    record Impossible(String reason) implements Attempt {}

    /** The messages sent so far in the replay, by id, and which of them some node received. */
    static final class Pool {
        private final Map<String, Envelope> byId = new LinkedHashMap<>();
        private final Map<String, Object> itf = new LinkedHashMap<>();
        private final Set<String> received = new HashSet<>();
        private boolean byContent;

        void add(List<Envelope> sent) {
            for (Envelope e : sent) {
                byId.put(e.id(), e);
                itf.put(e.id(), e.message().toItf());
            }
        }

        /**
         * From now on a receive whose id was not sent with the recorded content may take another sent, not yet
         * received message of the same content (after an edit shifted the sender's message counter).
         */
        void matchByContent() { byContent = true; }

        /** The envelope a recorded receive takes, or null while there is none. */
        Envelope find(TraceEvent.SentMessage recorded) {
            if (recorded.msg().equals(itf.get(recorded.id()))) return byId.get(recorded.id());
            if (!byContent) return null;
            for (Map.Entry<String, Object> e : itf.entrySet()) {
                if (!received.contains(e.getKey()) && e.getValue().equals(recorded.msg())) return byId.get(e.getKey());
            }
            return null;
        }

        void received(Envelope e) { received.add(e.id()); }
    }

    private final RoleMachine<S> machine;
    private final TraceRecorder recorder;
    private final Map<String, ActionSpec<S>> actions = new LinkedHashMap<>();
    private final Map<String, ExchangeSpec<S>> exchanges = new LinkedHashMap<>();
    private final List<RecordedRun.Recorded> events;
    private int next;
    private S state;
    private boolean stopped;
    /** The open exchange of this node as initiator: its peer and the state saved at its start (else null). */
    private NodeId exchangePeer;
    private S saved;
    /** The counter of the last message id this node's recorder gave out. */
    private long lastMessage;
    private int exchangesCommitted;
    private int exchangesRolledBack;

    ReplayedNode(RoleMachine<S> machine, TraceRecorder recorder, List<RecordedRun.Recorded> events) {
        this.machine = machine;
        this.recorder = recorder;
        this.events = events;
        for (ActionSpec<S> a : machine.actions()) actions.put(a.name(), a);
        for (ExchangeSpec<S> x : machine.exchanges()) exchanges.put(x.name(), x);
    }

    /** Starts from the initial state the trace recorded; null, or why the model has no such initial state. */
    String start() {
        RecordedRun.Recorded init = events.get(0);
        // A node of several roles recorded one init event per role (docs/runtime.md, "Roles on one node").
        List<List<Object>> recorded = new ArrayList<>();
        for (int i = 0; i < events.size() && events.get(i).event().kind() == TraceEvent.Kind.INIT
                && events.get(i).event().step() == 0; i++) {
            recorded.add(List.of(events.get(i).event().role(), events.get(i).event().state()));
        }
        for (S s : machine.initialStates()) {
            if (inits(s).equals(recorded)) {
                state = s;
                recorder.init(s);
                next = recorded.size();
                return null;
            }
        }
        return init.where() + ": the recorded initial state of " + machine.self() + " is none of the model's "
                + "initial states of role " + machine.role() + " (a trace of another spec or model?)";
    }

    /** The init events {@code s} is recorded as: (role, ITF state), one per role of the node. */
    private List<List<Object>> inits(S s) {
        if (!(machine instanceof TraceRecorder.Roles roles)) return List.of(List.of(machine.role(), Itf.encode(s)));
        List<List<Object>> out = new ArrayList<>();
        for (TraceRecorder.Roles.Part p : roles.parts(s)) out.add(List.of(p.role(), Itf.encode(p.state())));
        return out;
    }

    /**
     * The node's final state as recorded in {@code recorded}, in the shape of {@link #state()}'s ITF: the last
     * event's state, or for a node of several roles each role's last state.
     */
    Object recordedFinal(List<RecordedRun.Recorded> recorded) {
        if (!(machine instanceof TraceRecorder.Roles)) return recorded.get(recorded.size() - 1).event().state();
        Map<String, Object> out = new LinkedHashMap<>();
        for (RecordedRun.Recorded r : recorded) out.put(r.event().role(), r.event().state());
        return out;
    }

    NodeId self() { return machine.self(); }

    S state() { return state; }

    boolean done() { return stopped || next == events.size(); }

    /** How many of its events (the init event included) the node took. */
    int replayed() { return next; }

    /** How many events it was to take. */
    int total() { return events.size(); }

    void stop() { stopped = true; }

    /** The recorded event to feed next (only while not done). */
    RecordedRun.Recorded nextEvent() { return events.get(next); }

    /** Tries the next event; on {@link Fired} the node moves past it. */
    Attempt tryNext(Pool pool) {
        TraceEvent e = nextEvent().event();
        Attempt a;
        try {
            a = e.kind() == TraceEvent.Kind.INIT ? restart() : exchanges.containsKey(e.action()) ? exchange(e, pool)
                    : e.consumedAll() != null ? quorum(e, pool) : step(e, pool);
        } catch (RuntimeException ex) {
            a = new Impossible("the machine failed on it: " + ex.getMessage());
        }
        if (a instanceof Fired f) {
            next++;
            pool.add(f.sent());
            for (Envelope sent : f.sent()) lastMessage = MessageId.counterOf(sent.id());
        }
        return a;
    }

    // ---- exchanges (docs/runtime.md, "Exchanges") ----------------------------------------------------------------

    /**
     * One event of an exchange, through the machine's f1/f2/f3: the initiator's start (f1: the request), the
     * receiver's serve (f2 on the request: its new state and the reply), the initiator's commit (f3 on its saved
     * state and the reply) or rollback (back to the saved state). Together, start, serve and commit are the spec's
     * one atomic step ({@link #exchangesCommitted}).
     */
    private Attempt exchange(TraceEvent e, Pool pool) {
        ExchangeSpec<S> x = exchanges.get(e.action());
        if (e.consumed() == null && !e.sent().isEmpty()) {
            NodeId peer = Itf.asNode(e.params().get("peer"));
            if (!x.view().peers(state).contains(peer) || !x.initiates().test(state, peer)) {
                return new Impossible("exchange " + x.name() + " with " + peer + " cannot start in the replayed state "
                        + json(state));
            }
            Message request = new ExchangeMessage(x.name(), ExchangeMessage.Kind.REQUEST, self(), peer, null,
                    x.f1().request(state, peer).toItf());
            skipUntraced(e);
            exchangePeer = peer;
            saved = state;
            return new Fired(recorder.step(x.name(), PEER, List.of(peer), null, List.of(request), state));
        }
        if (e.consumed() == null) { // a rollback: a refusal, a timeout or a crash ended the exchange
            if (exchangePeer == null) return new Impossible("a rollback of " + x.name() + " without its start");
            NodeId peer = exchangePeer;
            state = saved;
            exchangePeer = null;
            exchangesRolledBack++;
            return new Fired(recorder.step(x.name(), PEER, List.of(peer), null, List.of(), state));
        }
        Envelope in = pool.find(e.consumed());
        if (in == null) return new Waiting("message " + e.consumed().id() + " was never sent");
        ExchangeMessage m = (ExchangeMessage) in.message();
        if (m.kind() == ExchangeMessage.Kind.REQUEST) {
            ExchangeSpec.Answer<S> answer = x.f2().serve(state, m.payload());
            if (answer.reply() == null) {
                return new Impossible("the receiver's part of the guard of " + x.name() + " is false in the replayed"
                        + " state " + json(state));
            }
            Message reply = new ExchangeMessage(x.name(), ExchangeMessage.Kind.REPLY, self(), m.src(), in.id(),
                    answer.reply().toItf());
            skipUntraced(e);
            state = answer.state();
            pool.received(in);
            return new Fired(recorder.step(x.name(), List.of(), List.of(), in, List.of(reply), state));
        }
        if (exchangePeer == null || !exchangePeer.equals(m.src())) {
            return new Impossible("a reply of " + m.src() + " to no open exchange " + x.name());
        }
        NodeId peer = exchangePeer;
        state = x.f3().complete(saved, peer, m.payload());
        exchangePeer = null;
        exchangesCommitted++;
        pool.received(in);
        return new Fired(recorder.step(x.name(), PEER, List.of(peer), in, List.of(), state));
    }

    private static final List<String> PEER = List.of("peer");

    /**
     * A node refuses a request with a message no step records (docs/runtime.md, "Exchanges"), which still takes a
     * message id: before a step that sends, the ids the recorded trace skipped are given out untraced, so that the
     * replayed ids are the recorded ones.
     */
    private void skipUntraced(TraceEvent e) {
        long first = MessageId.counterOf(e.sent().get(0).id());
        for (long k = lastMessage + 1; k < first; k++) {
            lastMessage = MessageId.counterOf(recorder.untraced(new ExchangeMessage("skipped", ExchangeMessage.Kind.REFUSED,
                    self(), self(), "none", null)).id());
        }
    }

    /** Exchanges this node initiated and committed (each the spec's one atomic step), and those it rolled back. */
    int exchangesCommitted() { return exchangesCommitted; }

    int exchangesRolledBack() { return exchangesRolledBack; }

    /** Whether {@code action} is one of the role's exchanges. */
    boolean isExchange(String action) { return exchanges.containsKey(action); }

    private Attempt restart() {
        Step<S> r = machine.restart(state);
        state = r.state();
        return new Fired(recorder.restart(state, sends(r)));
    }

    private Attempt step(TraceEvent e, Pool pool) {
        ActionSpec<S> a = actions.get(e.action());
        Envelope consumed = null;
        if (e.consumed() != null) {
            consumed = pool.find(e.consumed());
            if (consumed == null) return new Waiting("message " + e.consumed().id() + " was never sent");
        }
        Message m = consumed == null ? null : consumed.message();
        List<Object> params = bind(a, e.params(), m);
        if (params == null) return new Impossible("its parameters " + e.params() + " are outside their domains now");
        if (!a.guard().test(state, List.copyOf(params), m)) {
            return new Impossible("the guard of " + a.name() + " is false in the replayed state " + json(state));
        }
        Step<S> step = a.effect().apply(state, params, m);
        state = step.state();
        if (consumed != null) pool.received(consumed);
        return new Fired(recorder.step(a.name(), names(a), params, consumed, sends(step), state));
    }

    private Attempt quorum(TraceEvent e, Pool pool) {
        ActionSpec<S> a = actions.get(e.action());
        List<Envelope> received = new ArrayList<>();
        for (TraceEvent.SentMessage m : e.consumedAll()) {
            Envelope found = pool.find(m);
            if (found == null) return new Waiting("message " + m.id() + " was never sent");
            received.add(found);
        }
        List<Object> params = bind(a, e.params(), null);
        if (params == null) return new Impossible("its parameters " + e.params() + " are outside their domains now");
        ActionSpec.ReceiveAll<S> all = a.receiveAll();
        Set<NodeId> missing = new HashSet<>(all.senders().of(state, params));
        for (Envelope r : received) {
            if (!all.filter().test(state, params, r.message())) {
                return new Impossible("message " + r.id() + " does not pass the filter of " + a.name() + " now");
            }
            missing.remove(r.message().src());
        }
        Set<Message> messages = SortedArraySet.copyOf(received.stream().map(Envelope::message).toList());
        if (!missing.isEmpty() || !all.guard().test(state, params, messages)) {
            return new Impossible("the quorum guard of " + a.name() + " is false in the replayed state " + json(state));
        }
        Step<S> step = all.effect().apply(state, params, messages);
        state = step.state();
        received.forEach(pool::received);
        return new Fired(recorder.stepAll(a.name(), names(a), params, received, sends(step), state));
    }

    /** The parameter values whose ITF encodings are the recorded ones, each from its (dependent) domain; or null. */
    private List<Object> bind(ActionSpec<S> a, Map<String, Object> recorded, Message m) {
        List<Object> out = new ArrayList<>(a.params().size());
        for (ActionSpec.Param<S> p : a.params()) {
            Object want = recorded.get(p.name());
            Object found = null;
            for (Object v : p.domain().values(state, List.copyOf(out), m)) {
                if (Itf.encode(v).equals(want)) {
                    found = v;
                    break;
                }
            }
            if (found == null) return null;
            out.add(found);
        }
        return out;
    }

    /** A state as one line of JSON, for departure reasons. */
    private static String json(Object state) {
        try {
            return JSON.writeValueAsString(Itf.encode(state));
        } catch (JsonProcessingException e) {
            return String.valueOf(Itf.encode(state));
        }
    }

    private static List<String> names(ActionSpec<?> a) {
        return a.params().stream().map(ActionSpec.Param::name).toList();
    }

    private static List<Message> sends(Step<?> step) {
        List<Message> out = new ArrayList<>();
        for (Command c : step.commands()) {
            if (c instanceof Command.Send s) out.add(s.message());
        }
        return out;
    }

    /** The trigger of this role's action {@code action}, or null when the role has no such action. */
    Trigger trigger(String action) {
        ActionSpec<S> a = actions.get(action);
        return a == null ? null : a.trigger();
    }

    /** The message type action {@code action} receives (null for actions that receive none). */
    String messageType(String action) { return actions.get(action).messageType(); }

    List<String> paramNames(String action) { return names(actions.get(action)); }
}
