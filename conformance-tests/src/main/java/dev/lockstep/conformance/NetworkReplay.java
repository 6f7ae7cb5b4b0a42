package dev.lockstep.conformance;

import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.value.FnV;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SeqV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network's side of replaying a trace. A trace records what nodes did, never what the network did, so when an
 * event consumes a message the spec's network does not offer, this class infers the environment steps (the spec's
 * Drop and Duplicate) that would have made it deliverable, if the network is lossy or duplicating. It remembers
 * what it needs for that: every message ever sent (a duplicating bag may copy any of them while they are in
 * flight) and each fifo channel's last consumed message (a duplicating fifo may have copied it behind itself).
 */
final class NetworkReplay {
    private final CheckedSpec.Network network;
    private final NetworkKind kind;
    /** Duplicating bag: every message ever sent, any of which the network may have copied while it was there. */
    private final Set<RecordV> everSent = new HashSet<>();
    /** Duplicating fifo: each channel's last consumed message, whose copy may have stood right behind it. */
    private final Map<Value, RecordV> lastConsumed = new HashMap<>();

    NetworkReplay(CheckedSpec.Network network) {
        this.network = network;
        this.kind = network.kind();
    }

    /**
     * The network {@code net} after the environment steps that make {@code m} deliverable (the same value when
     * none are needed), or null when no run of the spec's network delivers {@code m} next.
     */
    Value deliver(Value net, RecordV m) {
        return switch (kind) {
            case SET -> ((SetV) net).contains(m) ? net : null;
            case BAG -> {
                if (((FnV) net).get(m) != null) yield net;
                // A duplicating bag may have copied m while it was there: the spec's Duplicate step, inferred.
                yield network.duplicating() && everSent.contains(m) ? Network.add(kind, net, m) : null;
            }
            case FIFO -> {
                SeqV channel = SeqV.of(m.src(), m.dst());
                SeqV queue = (SeqV) ((FnV) net).get(channel);
                if (queue != null && queue.get(0).equals(m)) yield net;
                if (network.duplicating() && m.equals(lastConsumed.get(channel))) {
                    // A duplicating fifo may have copied the head it delivered last right behind it: Duplicate.
                    yield ((FnV) net).with(channel, queue == null ? SeqV.of(m) : SeqV.of(m).concat(queue));
                }
                if (queue != null && network.lossy()) {
                    // A lossy channel may have lost the messages ahead of this one: the spec's Drop steps.
                    int at = queue.elements().indexOf(m);
                    if (at < 0) yield null;
                    for (int i = 0; i < at; i++) net = Network.drop(kind, net, (RecordV) queue.get(i));
                    yield net;
                }
                yield null;
            }
        };
    }

    /** Records a step that consumed {@code consumed} (or null) and sent {@code sent}, for later inferences. */
    void stepped(RecordV consumed, List<RecordV> sent) {
        if (!network.duplicating()) return;
        if (consumed != null && kind == NetworkKind.FIFO) {
            lastConsumed.put(SeqV.of(consumed.src(), consumed.dst()), consumed);
        }
        if (kind == NetworkKind.BAG) everSent.addAll(sent);
    }

    /** The messages of {@code net} deliverable to {@code node} now, for reports. */
    List<RecordV> deliverableTo(Value net, Value node) {
        List<RecordV> out = new ArrayList<>();
        Network.forEachDeliverable(kind, net, x -> {
            if (node.equals(x.dst())) out.add(x);
        });
        return out;
    }
}
