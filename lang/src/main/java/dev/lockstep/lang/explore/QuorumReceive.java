package dev.lockstep.lang.explore;

import dev.lockstep.lang.eval.Env;
import dev.lockstep.lang.eval.Evaluator;
import dev.lockstep.lang.eval.Network;
import dev.lockstep.lang.ir.CheckedSpec.NetworkKind;
import dev.lockstep.lang.ir.CheckedSpec.Trigger.OnReceiveAll;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.StrV;
import dev.lockstep.lang.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The meaning of a quorum receive ({@code on receive all ms: T from Q where m: filter}), as TLA+'s
 * {@code LET ms == {m \in msgs : m.type = T /\ m.dst = self /\ m.src \in Q /\ filter} IN \A a \in Q : \E m \in ms :
 * m.src = a}: with the node and the parameters bound, the received set is every deliverable message of type T
 * to self from a node of Q that passes the filter, and the step is possible only when every node of Q sent one.
 *
 * <p>What is deliverable, and so what is consumed, follows the network: on {@code set} nothing is consumed (the
 * messages stay, as in Lamport's Paxos.tla); on {@code bag} one copy of each received message is consumed; on
 * {@code fifo} only the channels' heads are deliverable, so the set holds at most one message per sender, and
 * each received head leaves its channel.
 *
 * <p>Public for the conformance checker, which computes the spec's set to compare a trace's received set with it.
 */
public final class QuorumReceive {
    private final Evaluator evaluator;
    private final NetworkKind kind;

    public QuorumReceive(Evaluator evaluator, NetworkKind kind) {
        this.evaluator = evaluator;
        this.kind = kind;
    }

    /**
     * The received set for the bound {@code env} (node and parameters in place), or null when some node of the
     * senders sent no message that qualifies (the step is not enabled).
     */
    public SetV receive(OnReceiveAll trigger, Env env, Value network) {
        SetV senders = (SetV) evaluator.eval(trigger.from(), env);
        StrV type = new StrV(trigger.messageType());
        List<RecordV> received = new ArrayList<>();
        Network.forEachDeliverable(kind, network, m -> {
            if (!m.messageType().equals(type) || !m.dst().equals(env.self) || !senders.contains(m.src())) return;
            env.frame[trigger.each().slot()] = m;
            if (evaluator.test(trigger.filter(), env)) received.add(m);
        });
        for (int i = 0; i < senders.size(); i++) {
            Value sender = senders.get(i);
            if (received.stream().noneMatch(m -> m.src().equals(sender))) return null;
        }
        return SetV.of(received);
    }

    /** The network once the step consumed {@code received}. */
    Value consume(Value network, SetV received) {
        Value net = network;
        for (int i = 0; i < received.size(); i++) net = Network.consume(kind, net, (RecordV) received.get(i));
        return net;
    }
}
