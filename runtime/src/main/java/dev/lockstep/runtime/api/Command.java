package dev.lockstep.runtime.api;

/**
 * What a machine asks the runtime to do after a step. Machines are pure functions; commands are data that the
 * runtime (a Netty node or the simulator) carries out, in list order.
 */
public sealed interface Command permits Command.Send, Command.SetTimer, Command.RestartTimer, Command.CancelTimer {

    /** Send one message to {@code message.dst()}. A spec's {@code send T{..} to S} becomes one Send per node in S. */
    record Send(Message message) implements Command {}

    /**
     * Arm the timer of a {@code timer(lo..hi)} action, unless it is armed already. When it expires, after a delay
     * drawn from {@code [lowMillis, highMillis]}, the runtime fires the action if it is still enabled (choosing
     * parameters with the application's chooser) and otherwise drops the timer. Machines emit one SetTimer per timer
     * action that is enabled for some parameter binding in the state they return (and in each initial state, see
     * {@link RoleMachine#start}), after the step's RestartTimer and CancelTimer commands. A cancelled timer is not
     * armed by SetTimer: it stays disarmed until a RestartTimer.
     */
    record SetTimer(String action, long lowMillis, long highMillis) implements Command {}

    /**
     * The spec's {@code restart T}: disarm the timer of timer action {@code action} if it is armed (or cancelled) and
     * arm it again from now, with a new delay drawn from the action's bounds.
     */
    record RestartTimer(String action) implements Command {}

    /** The spec's {@code cancel T}: disarm the timer of timer action {@code action} until a RestartTimer. */
    record CancelTimer(String action) implements Command {}
}
