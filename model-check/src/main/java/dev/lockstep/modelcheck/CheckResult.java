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

    public enum Status {
        HOLDS(0), INVARIANT_VIOLATED(1), DEADLOCK(1), PROPERTY_VIOLATED(1), TOOL_ERROR(2), INTERNAL_ERROR(3);

        private final int exitCode;

        Status(int exitCode) { this.exitCode = exitCode; }

        /** The CLI's exit code: 0 holds, 1 violation, 2 tool error, 3 a Lockstep bug. */
        public int exitCode() { return exitCode; }
    }

    public boolean isLasso() { return loopBack >= 0 || stuttering; }

    public double statesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : distinct / s;
    }
}
