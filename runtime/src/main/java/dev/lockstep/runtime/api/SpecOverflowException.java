package dev.lockstep.runtime.api;

/**
 * Integer arithmetic in a generated action left the 64-bit range. The spec's ints are mathematical, so the Java side
 * reports the overflow instead of wrapping; the message names the action and the spec location of the expression.
 */
public final class SpecOverflowException extends ArithmeticException {
    private final String action;
    private final String specLocation;

    public SpecOverflowException(String action, String specLocation) {
        super("integer overflow in action " + action + " at " + specLocation);
        this.action = action;
        this.specLocation = specLocation;
    }

    public String action() { return action; }

    public String specLocation() { return specLocation; }
}
