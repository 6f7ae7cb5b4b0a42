package dev.lockstep.runtime.node;

/** What became of an application's call of an {@code input} action. */
public enum InputResult {
    /** The action fired (one step was taken and recorded). */
    FIRED,
    /** The action exists but its guard is false for every allowed parameter binding; nothing changed. */
    NOT_ENABLED,
    /** The role has no input action of that name. */
    UNKNOWN_ACTION,
    /** The node is stopped (closed, or crashed in a simulation). */
    NODE_DOWN
}
