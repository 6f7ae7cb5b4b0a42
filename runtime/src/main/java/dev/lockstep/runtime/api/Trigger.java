package dev.lockstep.runtime.api;

/** How an implementation fires an action. The trigger changes nothing in the model; it tells the runtime when to try. */
public enum Trigger {
    /** Tried when a message of the action's type is delivered to the node. */
    ON_RECEIVE,
    /**
     * Tried when the node's inbox holds messages of the action's type from every node of a sender set (a quorum
     * receive, {@code on receive all}); see {@link ActionSpec.ReceiveAll}.
     */
    ON_RECEIVE_ALL,
    /** Fired whenever enabled (round-robin among auto actions). */
    AUTO,
    /** Fired after a delay in {@code lo..hi} if still enabled; see {@link Command.SetTimer}. */
    TIMER,
    /** Fired only when the application calls it. */
    INPUT
}
