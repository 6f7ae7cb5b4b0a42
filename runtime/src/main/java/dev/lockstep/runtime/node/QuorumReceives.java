package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.ActionSpec;
import dev.lockstep.runtime.api.Envelope;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.NodeId;
import dev.lockstep.runtime.api.SortedArraySet;
import dev.lockstep.runtime.api.SpecValues;
import dev.lockstep.runtime.api.Trigger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A role's quorum receives ({@code on receive all ms: T from Q where m: filter}) over a node's {@link Inbox}: which
 * bindings are enabled with which received set, and what a step takes from the inbox.
 *
 * <p>For a binding of the parameters, the received set is every deliverable waiting message of type T whose sender
 * is in Q and that passes the filter (FIFO: only channel heads are deliverable); the binding is enabled when every
 * node of Q sent one of them and the guard holds for the set. What a step takes follows the spec's network:
 * {@code bag} and {@code fifo} consume the received set; {@code set} consumes nothing, so the messages stay and
 * later quorum steps read them again, as the spec's set network keeps them.
 *
 * <p>Retention rule: every waiting message counts against the inbox capacity ({@link NodeOptions#inboxCapacity}).
 * On a set network the messages a quorum step read are the first to go: when a message arrives at a full inbox,
 * the oldest read message is dropped to make room (counted by {@link #evictions}), and only an inbox full of
 * unread messages refuses an arrival. A dropped read message is one the spec's set network would still deliver,
 * so a later quorum step of a run that dropped one may read less than the spec's set (the conformance check then
 * reports it); docs/runtime.md has the rule.
 */
final class QuorumReceives<S> {
    private final String self;
    private final List<ActionSpec<S>> actions = new ArrayList<>();
    private final Set<String> types = new HashSet<>();
    private final boolean keepsRead;
    private long evictions;

    /** An enabled binding of a quorum receive and its received set (canonical order). */
    record Candidate<S>(ActionSpec<S> action, Binding binding, List<Envelope> received,
                        Set<? extends Message> messages) {}

    QuorumReceives(String self, List<ActionSpec<S>> roleActions, NetworkSpec.Kind kind) {
        this.self = self;
        for (ActionSpec<S> a : roleActions) {
            if (a.trigger() != Trigger.ON_RECEIVE_ALL) continue;
            actions.add(a);
            types.add(a.messageType());
        }
        this.keepsRead = kind == NetworkSpec.Kind.SET;
    }

    /** Whether a quorum receive reads messages of {@code type}. */
    boolean receives(String type) { return types.contains(type); }

    boolean isEmpty() { return actions.isEmpty(); }

    /** Read messages dropped to make room for arrivals (set networks). */
    long evictions() { return evictions; }

    /** The enabled bindings of every quorum receive in {@code state}, in spec order, then parameter order. */
    List<Candidate<S>> candidates(S state, Inbox inbox) {
        if (actions.isEmpty() || inbox.size() == 0) return List.of();
        List<Envelope> waiting = inbox.deliverable();
        List<Candidate<S>> out = new ArrayList<>();
        for (ActionSpec<S> a : actions) {
            try {
                bind(a, state, waiting, 0, new ArrayList<>(), out);
            } catch (ActionFailedException ex) {
                throw ex;
            } catch (RuntimeException ex) {
                throw new ActionFailedException(self, a.name(), ex);
            }
        }
        return out;
    }

    private void bind(ActionSpec<S> a, S state, List<Envelope> waiting, int i, List<Object> prefix,
                      List<Candidate<S>> out) {
        if (i < a.params().size()) {
            for (Object v : a.params().get(i).domain().values(state, List.copyOf(prefix), null)) {
                prefix.add(v);
                bind(a, state, waiting, i + 1, prefix, out);
                prefix.remove(prefix.size() - 1);
            }
            return;
        }
        List<Object> params = List.copyOf(prefix);
        ActionSpec.ReceiveAll<S> all = a.receiveAll();
        Set<NodeId> senders = all.senders().of(state, params);
        List<Envelope> received = new ArrayList<>();
        Set<NodeId> heard = new HashSet<>();
        for (Envelope e : waiting) {
            Message m = e.message();
            if (!m.type().equals(a.messageType()) || !senders.contains(m.src())) continue;
            if (!all.filter().test(state, params, m)) continue;
            received.add(e);
            heard.add(m.src());
        }
        if (heard.size() != senders.size()) return;
        // Equal messages (a set network's duplicates) are one element of the set, as in the spec.
        received.sort((x, y) -> SpecValues.compare(x.message(), y.message()));
        List<Envelope> distinct = new ArrayList<>(received.size());
        for (Envelope e : received) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).message().equals(e.message())) distinct.add(e);
        }
        Set<Message> messages = SortedArraySet.copyOf(distinct.stream().map(Envelope::message).toList());
        if (all.guard().test(state, params, messages)) {
            out.add(new Candidate<>(a, new Binding(a.name(), params), List.copyOf(distinct), messages));
        }
    }

    /**
     * What the step of {@code c} takes from the inbox: on bag and fifo one copy of each received message, on a set
     * network none (they are marked read).
     */
    void consumed(Inbox inbox, Candidate<S> c) {
        if (keepsRead) inbox.markRead(c.received());
        else inbox.remove(c.received());
    }

    /** Makes room for one arrival at a full inbox by dropping the oldest read message (set networks only). */
    boolean makeRoom(Inbox inbox) {
        if (!keepsRead || !inbox.evictOldestRead()) return false;
        evictions++;
        return true;
    }
}
