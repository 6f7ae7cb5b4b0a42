package dev.lockstep.modelcheck;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.Trace;
import java.time.Duration;
import java.util.List;

/**
 * TLC's answer in spec terms. {@code violated} names the invariant or property (null otherwise). A counterexample
 * is a list of spec-level steps; a liveness counterexample is a lasso: after the last step the behaviour either
 * goes back to step {@code loopBack} (0-based, taking {@code loopLabel}) or stutters forever ({@code stuttering}).
 * {@code diagnostics} explains a TOOL_ERROR or INTERNAL_ERROR, with TLC's own message attached as notes.
 */
public record CheckResult(Status status, String violated, long distinct, long generated, int depth, Duration elapsed,
                          List<Trace.Step> counterexample, int loopBack, Label loopLabel, boolean stuttering,
                          List<Diagnostic> diagnostics) {

    /** TOOL_ERROR: TLC could not check the model (its error, a timeout); INTERNAL_ERROR: a Lockstep bug. */
    public enum Status { HOLDS, INVARIANT_VIOLATED, DEADLOCK, PROPERTY_VIOLATED, TOOL_ERROR, INTERNAL_ERROR }

    public boolean isLasso() { return loopBack >= 0 || stuttering; }

    public double statesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : distinct / s;
    }
}
