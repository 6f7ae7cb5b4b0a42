package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.Command;
import dev.lockstep.runtime.api.Message;
import dev.lockstep.runtime.api.NetworkSpec;
import dev.lockstep.runtime.api.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells an {@code auto} step that would change nothing: on a {@code set} network without loss, a step that keeps the node's
 * state and sends only messages the node has sent before leaves the spec's global state as it was (the set already
 * holds those messages). The spec allows such a step at any time, so an always-enabled auto action (Paxos'
 * {@code Prepare} over a message set, as in TLA+'s Phase1a) would otherwise fire over and over and flood the
 * network with copies; the node loop does not take it (fairness asks nothing of a step that changes nothing).
 * Remembers the messages the node sent, which on a set network the spec's state holds anyway.
 */
final class Stutters {
    private final boolean set;
    private final Set<Message> sent = new HashSet<>();

    /**
     * On a lossy set network a message may have been lost since it was sent, and sending it again is then a step
     * that changes something (a retransmission): there every step counts.
     */
    Stutters(NetworkSpec network) { this.set = network.kind() == NetworkSpec.Kind.SET && !network.lossy(); }

    /** Whether steps can change nothing here: on a set network only (machines' effects are pure, so asking costs a call). */
    boolean applies() { return set; }

    /** Whether {@code step}, taken in {@code before}, changes nothing (never on bag and fifo networks). */
    boolean changesNothing(Object before, Step<?> step) {
        if (!set || !step.state().equals(before)) return false;
        for (Command c : step.commands()) {
            switch (c) {
                case Command.Send s -> {
                    if (!sent.contains(s.message())) return false;
                }
                case Command.SetTimer t -> { } // arms only a timer that is not armed, as the step's state asks
                case Command.RestartTimer r -> { return false; }
                case Command.CancelTimer x -> { return false; }
            }
        }
        return true;
    }

    /** Notes the messages a step sent. */
    void sent(List<Message> messages) {
        if (set) sent.addAll(messages);
    }
}
