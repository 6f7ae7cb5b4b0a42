package dev.lockstep.runtime.trace;

import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Itf;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.MessageId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A node's side of tracing: keeps its step counter, message ids, Lamport and vector clocks, turns outgoing
 * messages into {@link Envelope}s that carry the clocks, and writes one {@link TraceEvent} per step. The runtime's
 * node loop uses it, and so can Java written by hand: call {@link #init} once, then {@link #step} for every action
 * the node takes, and send the returned envelopes. Clocks advance even when the sink is {@link TraceSink#OFF},
 * because receivers need them. Not thread-safe: one recorder per node, used from the node's own thread.
 */
public final class TraceRecorder {
    private final String node;
    private final String role;
    private final TraceSink sink;
    private final TreeMap<String, Long> vectorClock = new TreeMap<>();
    private long lamport;
    private long step;
    private long nextMessage;
    /** For a node running several roles: which role and part of the state each event records; else null. */
    private Roles roles;

    /**
     * The roles of a node that runs several ({@code ColocatedMachine}, docs/runtime.md "Roles on one node"): each
     * event records the role of its action and that role's part of the node's state; the node's init records one
     * init event per role. Step numbers, message ids and clocks stay the node's, shared by its roles.
     */
    public interface Roles {
        /** The role of {@code action} and its part of {@code state}. */
        Part part(String action, Object state);

        /** Every role's part of {@code state}, in role order. */
        List<Part> parts(Object state);

        /** A role and its local state. */
        record Part(String role, Object state) {}
    }

    /** Records each event under its action's role ({@link Roles}); returns this recorder. */
    public TraceRecorder withRoles(Roles roles) {
        this.roles = Objects.requireNonNull(roles, "roles");
        return this;
    }

    public TraceRecorder(String node, String role, TraceSink sink) {
        this.node = Objects.requireNonNull(node, "node");
        this.role = Objects.requireNonNull(role, "role");
        this.sink = Objects.requireNonNull(sink, "sink");
        vectorClock.put(node, 0L);
        Resume resume = sink.resumes();
        if (resume != null) {
            step = resume.step();
            nextMessage = resume.messagesSent();
            lamport = resume.lamport();
            vectorClock.putAll(resume.vectorClock());
        }
    }

    /**
     * The counters of a trace an earlier incarnation of the node wrote, which a restarted node's recorder continues
     * ({@link TraceSink#resumes()}): its last step number, the highest counter of its message ids, and its clocks.
     */
    public record Resume(long step, long messagesSent, long lamport, Map<String, Long> vectorClock) {
        public Resume {
            vectorClock = Map.copyOf(vectorClock);
        }
    }

    /** Records the node's initial (or restarted) local state as step 0. {@code state} is a value {@link Itf} encodes. */
    public void init(Object state) {
        if (!sink.enabled()) return;
        for (Roles.Part p : roles == null ? List.of(new Roles.Part(role, state)) : roles.parts(state)) {
            sink.write(new TraceEvent(TraceEvent.Kind.INIT, node, p.role(), 0, null, Map.of(), null, List.of(),
                    Itf.encode(p.state()), lamport, Collections.unmodifiableSortedMap(new TreeMap<>(vectorClock))));
        }
    }

    /**
     * Records a restart of a crashed node (the spec's Crash step) as a second {@code init} event: it counts as a
     * step of the node (the next step number, the clocks tick) and carries the messages its {@code on restart}
     * sent; returns their envelopes, stamped like a step's.
     */
    public List<Envelope> restart(Object state, List<? extends Message> sent) {
        if (roles == null) return record(TraceEvent.Kind.INIT, null, List.of(), List.of(), List.of(), false, sent, state);
        // One restart per role, the first carrying the sends (all of them: the roles restart together).
        List<Envelope> out = null;
        for (Roles.Part p : roles.parts(state)) {
            List<Envelope> e = record(TraceEvent.Kind.INIT, null, List.of(), List.of(), List.of(), false,
                    out == null ? sent : List.of(), p);
            if (out == null) out = e;
        }
        return out;
    }

    /**
     * Records one step and returns the envelopes of {@code sent}, in order, stamped with ids and the clocks after
     * the step.
     *
     * @param paramNames parameter names in declaration order; {@code params} holds their values in the same order
     * @param consumed   the envelope the step received, or null
     */
    public List<Envelope> step(String action, List<String> paramNames, List<?> params, Envelope consumed,
                               List<? extends Message> sent, Object stateAfter) {
        return record(TraceEvent.Kind.STEP, action, paramNames, params,
                consumed == null ? List.of() : List.of(consumed), false, sent, stateAfter);
    }

    /**
     * Records one step of a quorum receive ({@code on receive all}), which read the set {@code received} (in
     * canonical order); otherwise as {@link #step}. The clocks merge those of every received message.
     */
    public List<Envelope> stepAll(String action, List<String> paramNames, List<?> params, List<Envelope> received,
                                  List<? extends Message> sent, Object stateAfter) {
        return record(TraceEvent.Kind.STEP, action, paramNames, params, received, true, sent, stateAfter);
    }

    /**
     * An envelope for a message that belongs to no step (an exchange's refusal, docs/runtime.md "Exchanges"): the
     * next message id and the current clocks; nothing is written and the clocks do not tick.
     */
    public Envelope untraced(Message m) {
        return new Envelope(new MessageId(node, ++nextMessage).toString(), m, lamport,
                Collections.unmodifiableSortedMap(new TreeMap<>(vectorClock)));
    }

    private List<Envelope> record(TraceEvent.Kind kind, String action, List<String> paramNames, List<?> params,
                                  List<Envelope> received, boolean all, List<? extends Message> sent,
                                  Object stateAfter) {
        for (Envelope consumed : received) {
            lamport = Math.max(lamport, consumed.lamport());
            consumed.vectorClock().forEach((n, c) -> vectorClock.merge(n, c, Math::max));
        }
        lamport++;
        step++;
        vectorClock.merge(node, 1L, Long::sum);
        Map<String, Long> clock = Collections.unmodifiableSortedMap(new TreeMap<>(vectorClock));
        List<Envelope> envelopes = new ArrayList<>(sent.size());
        for (Message m : sent) envelopes.add(new Envelope(new MessageId(node, ++nextMessage).toString(), m, lamport, clock));
        if (sink.enabled()) {
            Roles.Part part = stateAfter instanceof Roles.Part p ? p
                    : roles == null ? new Roles.Part(role, stateAfter) : roles.part(action, stateAfter);
            Map<String, Object> ps = new LinkedHashMap<>();
            for (int i = 0; i < paramNames.size(); i++) ps.put(paramNames.get(i), Itf.encode(params.get(i)));
            List<TraceEvent.SentMessage> out = new ArrayList<>(envelopes.size());
            for (Envelope e : envelopes) out.add(new TraceEvent.SentMessage(e.id(), e.message().toItf()));
            List<TraceEvent.SentMessage> in = new ArrayList<>(received.size());
            for (Envelope e : received) in.add(new TraceEvent.SentMessage(e.id(), e.message().toItf()));
            TraceEvent.SentMessage single = all || in.isEmpty() ? null : in.get(0);
            sink.write(new TraceEvent(kind, node, part.role(), step, action, ps, single, out,
                    Itf.encode(part.state()), lamport, clock, all ? List.copyOf(in) : null));
        }
        return envelopes;
    }

    public String node() { return node; }

    public long lamport() { return lamport; }

    public long steps() { return step; }
}
