package dev.lockstep.runtime.node;

import dev.lockstep.runtime.api.Envelope;

/**
 * What a {@link NodeCore} needs from its surroundings: a Netty node or the simulator. Every callback into the core
 * ({@link NodeCore#timerExpired}, {@link NodeCore#resume}) must come on the node's own thread.
 */
public interface NodeHost {
    /** Sends an envelope to {@code envelope.message().dst()} (which may be the node itself). */
    void send(Envelope envelope);

    /**
     * Calls {@link NodeCore#timerExpired(String, long)} with {@code action} and {@code generation} after
     * {@code delayMillis}. The host need not cancel a timer: the core ignores the expiry of a generation it has
     * disarmed or replaced.
     */
    void armTimer(String action, long generation, long delayMillis);

    /** Calls {@link NodeCore#resume()} soon: the node hit its per-event step bound and has more work. */
    void continueLater();

    /**
     * The node's local state after a step, before the step's sends are handed to {@link #send}: a host that keeps
     * durable state on disk writes it here, write-ahead (docs/runtime.md, "Durable state"). Default: nothing.
     */
    default void persist(Object state) {}

    /**
     * Whether a message to {@code peer} would leave now; an exchange starts only with such a peer (docs/runtime.md,
     * "Exchanges"), so that its request does not wait for a connection past the exchange's timeout. A Netty node
     * answers whether its connection to the peer is up, and asking opens one. Default: always.
     */
    default boolean connected(dev.lockstep.runtime.api.NodeId peer) { return true; }

    /** A message was dropped because the inbox was full. */
    default void inboxOverflow(Envelope dropped) {}
}
