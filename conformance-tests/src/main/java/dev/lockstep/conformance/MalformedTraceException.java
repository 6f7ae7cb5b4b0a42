package dev.lockstep.conformance;

/** A trace line that is not a trace event of the documented schema (bad input, not a divergence). */
public final class MalformedTraceException extends RuntimeException {
    private final transient TraceOrigin origin;

    public MalformedTraceException(TraceOrigin origin, String problem) {
        super(problem, null, false, false);
        this.origin = origin;
    }

    public TraceOrigin origin() { return origin; }
}
