package dev.lockstep.runtime.api;

/**
 * An evaluation fault in a generated action, the same faults the spec's evaluator reports (a function applied
 * outside its domain, CHOOSE without a witness, Head of an empty sequence, division by zero, no CASE arm): the
 * spec is wrong for this state, and the message names the spec location.
 */
public final class SpecFaultException extends RuntimeException {
    private final String specLocation;

    public SpecFaultException(String message, String specLocation) {
        super(message + " at " + specLocation);
        this.specLocation = specLocation;
    }

    public String specLocation() { return specLocation; }
}
