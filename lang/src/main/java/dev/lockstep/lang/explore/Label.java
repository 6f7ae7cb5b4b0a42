package dev.lockstep.lang.explore;

import dev.lockstep.lang.ir.CheckedSpec;
import dev.lockstep.lang.value.RecordV;
import dev.lockstep.lang.value.SetV;
import dev.lockstep.lang.value.Value;
import java.util.List;

/**
 * How a step happened: an action of a node (with its parameters and received message), or an environment step
 * of the network ({@code name} is {@link Transitions#DROP} or {@link Transitions#DUPLICATE}, {@code action()} null),
 * or the crash of a node ({@code name} is {@link Transitions#CRASH}, {@code node} the node, no action nor message).
 * A quorum receive ({@code on receive all}) records the set of messages it received in {@code received} (the
 * messages it consumes on a bag or fifo network); every other step has {@code received} null.
 */
public record Label(CheckedSpec.Action action, String name, Value node, List<Value> params, RecordV message,
                    SetV received) {

    /** A step that receives at most one message. */
    public Label(CheckedSpec.Action action, String name, Value node, List<Value> params, RecordV message) {
        this(action, name, node, params, message, null);
    }

    public static Label environment(String name, RecordV message) {
        return new Label(null, name, null, List.of(), message);
    }

    /**
     * A {@code fifo lossy any} network losing {@code message} at {@code position} (1-based) of its channel: the
     * position is the label's one parameter, as a channel may hold equal messages at several places.
     */
    public static Label dropAt(RecordV message, int position) {
        return new Label(null, Transitions.DROP, null, List.of(dev.lockstep.lang.value.IntV.of(position)), message);
    }

    /** The crash of {@code node}: an environment step that is no network step. */
    public static Label crash(Value node) {
        return new Label(null, Transitions.CRASH, node, List.of(), null);
    }

    public boolean isCrash() { return action == null && message == null; }

    /** The parameter names, in the order of {@link #params()}. */
    public List<String> paramNames() {
        return action == null ? List.of() : action.params().stream().map(p -> p.local().name()).toList();
    }

    public boolean isEnvironment() { return action == null; }

    /** e.g. {@code ResourceManager[r1].Prepare} or {@code Proposer[p1].Phase2a(b = 1, v = 2)}. */
    public String show() {
        if (isCrash()) return name + "(" + node.show() + ")";
        if (action == null) {
            String at = params.isEmpty() ? "" : ", position " + params.get(0).show();
            return "network." + name + "(" + message.show() + at + ")";
        }
        StringBuilder b = new StringBuilder(action.role()).append('[').append(node.show()).append("].").append(name);
        if (!params.isEmpty()) {
            b.append('(');
            List<String> names = paramNames();
            for (int i = 0; i < params.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(names.get(i)).append(" = ").append(params.get(i).show());
            }
            b.append(')');
        }
        if (message != null) b.append(" receiving ").append(message.show());
        if (received != null) b.append(" receiving all ").append(received.show());
        return b.toString();
    }

    @Override
    public String toString() { return show(); }

}
