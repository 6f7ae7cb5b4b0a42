package dev.lockstep.runtime.api;

/** How an implementation fires an action. The trigger changes nothing in the model; it tells the runtime when to try. */
public enum Trigger {
    /** Tried when a message of the action's type is delivered to the node. */
    ON_RECEIVE,
    /** Fired whenever enabled (round-robin among auto actions). */
    AUTO,
    /** Fired after a delay in {@code lo..hi} if still enabled; see {@link Command.SetTimer}. */
    TIMER,
    /** Fired only when the application calls it. */
    INPUT
}
