package dev.lockstep.runtime.node;

/**
 * Limits of a node loop.
 *
 * @param inboxCapacity     how many received messages may wait for an enabled {@code on receive} action; a message
 *                          arriving at a full inbox is dropped and counted ({@link NodeCore#inboxOverflows()})
 * @param maxStepsPerEvent  how many steps (receives from the inbox and {@code auto} actions) one event may cause
 *                          before the loop yields to other events; the rest continues in a follow-up event
 */
public record NodeOptions(int inboxCapacity, int maxStepsPerEvent) {
    public static final NodeOptions DEFAULTS = new NodeOptions(4096, 64);

    public NodeOptions {
        if (inboxCapacity < 1) throw new IllegalArgumentException("inboxCapacity must be positive");
        if (maxStepsPerEvent < 1) throw new IllegalArgumentException("maxStepsPerEvent must be positive");
    }
}
