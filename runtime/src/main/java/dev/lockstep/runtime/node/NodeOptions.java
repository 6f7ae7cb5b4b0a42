package dev.lockstep.runtime.node;

/**
 * Limits of a node loop.
 *
 * @param inboxCapacity     how many received messages may wait for an enabled {@code on receive} action; a message
 *                          arriving at a full inbox is dropped and counted ({@link NodeCore#inboxOverflows()})
 * @param maxStepsPerEvent  how many steps (receives from the inbox and {@code auto} actions) one event may cause
 *                          before the loop yields to other events; the rest continues in a follow-up event
 * @param roundMillis       the length of a gossip round: an exchange of rate r starts every roundMillis / r ms on
 *                          average (docs/runtime.md, "Exchanges")
 * @param exchangeTimeoutMillis how long an initiator waits for the reply before it rolls back
 * @param setEvictsUnread   on a {@code set} network, an arrival at an inbox full of unread messages evicts the
 *                          oldest of them instead of being refused (off by default). Either way one message is
 *                          never received, which a set network allows; this way it is the oldest, which a node
 *                          whose spec leaves some messages unreceivable for ever (Raft's Acks at or below the
 *                          commit index) needs, or a full inbox would refuse every later message
 */
public record NodeOptions(int inboxCapacity, int maxStepsPerEvent, long roundMillis, long exchangeTimeoutMillis,
                          boolean setEvictsUnread) {
    public static final NodeOptions DEFAULTS = new NodeOptions(4096, 64);

    /** Rounds of 100 ms, an exchange timeout of 250 ms, and refusal at a full inbox. */
    public NodeOptions(int inboxCapacity, int maxStepsPerEvent) {
        this(inboxCapacity, maxStepsPerEvent, false);
    }

    /** Default rounds and exchange timeout, with the given inbox policy on a set network. */
    public NodeOptions(int inboxCapacity, int maxStepsPerEvent, boolean setEvictsUnread) {
        this(inboxCapacity, maxStepsPerEvent, 100, 250, setEvictsUnread);
    }

    /** The same limits with another round length and exchange timeout. */
    public NodeOptions withExchanges(long roundMillis, long exchangeTimeoutMillis) {
        return new NodeOptions(inboxCapacity, maxStepsPerEvent, roundMillis, exchangeTimeoutMillis, setEvictsUnread);
    }

    public NodeOptions {
        if (roundMillis < 1 || exchangeTimeoutMillis < 1) {
            throw new IllegalArgumentException("roundMillis and exchangeTimeoutMillis must be positive");
        }
        if (inboxCapacity < 1) throw new IllegalArgumentException("inboxCapacity must be positive");
        if (maxStepsPerEvent < 1) throw new IllegalArgumentException("maxStepsPerEvent must be positive");
    }
}
