package dev.lockstep.runtime.api;

/** An ITF tree (from a frame or a trace) that does not decode to a value of the expected type; the message says why. */
public final class MalformedValueException extends RuntimeException {
    public MalformedValueException(String reason) { super(reason); }
}
