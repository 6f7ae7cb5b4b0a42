package dev.lockstep.conformance;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.explore.QuorumReceive;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.IntV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import dev.lockstep.runtime.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The trace side of a quorum receive ({@code on receive all ms: T from Q where m: filter}). A step event names the
 * set it read in {@code consumedAll}; the spec's set is every deliverable message of type T to the node from Q that
 * passes the filter. A running node cannot read a message that has not reached it, so the two may differ by
 * messages still in flight: such a message is accepted as missing when its sending is <em>concurrent</em> with the
 * step (not in the step's causal past, by the event's vector clock): happens-before then allows the order in which
 * the step comes first, and the step is checked in that order, with those messages withheld from the network and
 * added back after it. A qualifying message sent in the step's causal past and still deliverable must be in the set.
 *
 * <p>To tell the two apart this class remembers, for each message of a type some quorum receive reads, the step
 * that first sent it (while it is in the network).
 */
final class QuorumSteps {
    private final NetworkKind kind;
    private final Evaluator evaluator;
    private final QuorumReceive quorum;
    private final Set<String> types = new HashSet<>();
    /** Messages of the types above in the network: the node and step that first sent each. */
    private final Map<RecordV, Origin> firstSent = new HashMap<>();

    private record Origin(String node, long step) {}

    /** The received set of a step and the messages withheld from the network while it is checked. */
    record Read(SetV received, Value networkForStep, List<RecordV> withheld) {}

    /** Why the event's set is not the spec's. */
    static final class Mismatch extends Exception {
        Mismatch(String message) { super(message, null, false, false); }
    }

    QuorumSteps(CheckedSpec spec, Evaluator evaluator) {
        this.kind = spec.network().kind();
        this.evaluator = evaluator;
        this.quorum = new QuorumReceive(evaluator, kind);
        for (CheckedSpec.Action a : spec.quorumReceives()) {
            types.add(((CheckedSpec.Trigger.OnReceiveAll) a.trigger()).messageType());
        }
    }

    /**
     * Checks the set {@code received} that event {@code e} of {@code node} read (each message already deliverable
     * in {@code net}) against the spec's set for the bound {@code env} (node and parameters in place).
     */
    Read read(CheckedSpec.Action action, Env env, Value net, List<RecordV> received, TraceEvent e) throws Mismatch {
        CheckedSpec.Trigger.OnReceiveAll all = (CheckedSpec.Trigger.OnReceiveAll) action.trigger();
        SetV senders = (SetV) evaluator.eval(all.from(), env);
        for (RecordV m : received) {
            String why = null;
            if (!m.messageType().equals(new StrV(all.messageType()))) why = "is not a " + all.messageType();
            else if (!m.dst().equals(env.self)) why = "is addressed to " + m.dst().show();
            else if (!senders.contains(m.src())) why = "comes from " + m.src().show() + ", outside the senders "
                    + senders.show();
            else {
                env.frame[all.each().slot()] = m;
                if (!evaluator.test(all.filter(), env)) why = "does not pass the filter";
            }
            if (why != null) {
                throw new Mismatch(action.qualifiedName() + " read " + Show.message(m) + ", which " + why);
            }
        }
        SetV logged = SetV.of(received);
        if (logged.size() != received.size()) throw new Mismatch("the event names a message twice in consumedAll");
        for (int i = 0; i < senders.size(); i++) {
            Value sender = senders.get(i);
            if (received.stream().noneMatch(m -> m.src().equals(sender))) {
                throw new Mismatch(action.qualifiedName() + " fired without a message from " + sender.show()
                        + ", one of the senders " + senders.show());
            }
        }
        SetV expected = quorum.receive(all, env, net);
        List<RecordV> withheld = new ArrayList<>();
        for (int i = 0; expected != null && i < expected.size(); i++) {
            RecordV m = (RecordV) expected.get(i);
            if (logged.contains(m)) continue;
            Origin o = firstSent.get(m);
            if (o != null && e.vectorClock().getOrDefault(o.node(), 0L) >= o.step()) {
                throw new Mismatch("the spec's set also holds " + Show.message(m) + ", sent by " + o.node()
                        + " at its step " + o.step() + ", which happened before this step; the node did not read it");
            }
            withheld.add(m);
        }
        if (!withheld.isEmpty() && kind == NetworkKind.FIFO) {
            // Not reached: a fifo set holds one head per sender, and the event's set covers every sender.
            throw new Mismatch("the spec's set holds " + Show.messages(withheld) + " beyond the event's");
        }
        Value forStep = net;
        for (RecordV m : withheld) for (int c = copies(net, m); c > 0; c--) forStep = Network.drop(kind, forStep, m);
        return new Read(logged, forStep, withheld);
    }

    /** The network after the step, with the withheld messages of {@code read} back in it (taken from {@code before}). */
    Value restore(Value after, Value before, Read read) {
        Value net = after;
        for (RecordV m : read.withheld()) for (int c = copies(before, m); c > 0; c--) net = Network.add(kind, net, m);
        return net;
    }

    /** Remembers the first sending of the messages a step sent, and forgets those no longer in the network. */
    void stepped(String node, long step, List<RecordV> consumed, List<RecordV> sent, Value netAfter) {
        if (types.isEmpty()) return;
        for (RecordV m : consumed) if (copies(netAfter, m) == 0) firstSent.remove(m);
        for (RecordV m : sent) {
            if (types.contains(((StrV) m.messageType()).value())) firstSent.putIfAbsent(m, new Origin(node, step));
        }
    }

    private int copies(Value net, RecordV m) {
        return switch (kind) {
            case SET -> ((SetV) net).contains(m) ? 1 : 0;
            case BAG -> {
                Value count = ((FnV) net).get(m);
                yield count == null ? 0 : (int) ((IntV) count).value();
            }
            case FIFO -> 0;
        };
    }
}
