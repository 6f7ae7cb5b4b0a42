package dev.lockstep.conformance;

/**
 * Input a replay cannot start from: a malformed or inconsistent trace (the message names its file and line), a trace
 * of another spec or model, or an edit that names no recorded event (the message names the edit).
 */
public final class ReplayInputException extends RuntimeException {
    public ReplayInputException(String message) {
        super(message);
    }
}
