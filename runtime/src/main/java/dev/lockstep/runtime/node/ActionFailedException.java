package dev.lockstep.runtime.node;

/**
 * A machine's guard, domain or effect threw (for example {@link dev.lockstep.runtime.api.SpecOverflowException}).
 * The node's state is left as it was before the action; the message names the node and the action.
 */
public final class ActionFailedException extends RuntimeException {
    private final String node;
    private final String action;

    public ActionFailedException(String node, String action, RuntimeException cause) {
        super("action " + action + " failed on node " + node + ": " + cause.getMessage(), cause);
        this.node = node;
        this.action = action;
    }

    public String node() { return node; }

    public String action() { return action; }
}
