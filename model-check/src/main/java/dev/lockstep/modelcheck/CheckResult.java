package dev.lockstep.modelcheck;

import dev.lockstep.lang.diag.Diagnostic;
import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.SearchFigures;
import dev.lockstep.lang.explore.SearchOutcome;
import dev.lockstep.lang.explore.Trace;
import java.util.List;

/**
 * TLC's answer in spec terms, with the same {@link SearchFigures} and {@link Trace.Step}s as the explorer's
 * {@code ExploreResult}. {@code violated} names the invariant or property (null otherwise). A liveness
 * counterexample is a {@link Lasso}. {@code diagnostics} explains a TOOL_ERROR or INTERNAL_ERROR, with TLC's own
 * message attached as notes. Built through the named factories below.
 */
public record CheckResult(Status status, String violated, SearchFigures figures, List<Trace.Step> counterexample,
                          Lasso lasso, List<Diagnostic> diagnostics) implements SearchOutcome {

    /** TOOL_ERROR: TLC could not check the model (its error, a timeout); INTERNAL_ERROR: a Lockstep bug. */
    public enum Status { HOLDS, INVARIANT_VIOLATED, DEADLOCK, PROPERTY_VIOLATED, TOOL_ERROR, INTERNAL_ERROR }

    /**
     * How a liveness counterexample ends: after the last step the behaviour goes back to step {@code loopBack}
     * (0-based, taking {@code loopLabel}) or stutters forever ({@code stuttering}). {@link #NONE} for a finite one.
     */
    public record Lasso(int loopBack, Label loopLabel, boolean stuttering) {
        public static final Lasso NONE = new Lasso(-1, null, false);
    }

    /** Every reachable state satisfies the checked invariants and properties. */
    public static CheckResult holds(SearchFigures figures) {
        return new CheckResult(Status.HOLDS, null, figures, List.of(), Lasso.NONE, List.of());
    }

    /** A violation (invariant, deadlock or property) with its counterexample. */
    public static CheckResult violation(Status status, String violated, SearchFigures figures, List<Trace.Step> steps,
                                        Lasso lasso) {
        return new CheckResult(status, violated, figures, steps, lasso, List.of());
    }

    /** A violation whose counterexample is not a behaviour of the spec: a Lockstep bug, kept for the report. */
    public static CheckResult mismatchedCounterexample(String violated, SearchFigures figures, List<Trace.Step> steps,
                                                       Lasso lasso, List<Diagnostic> problems) {
        return new CheckResult(Status.INTERNAL_ERROR, violated, figures, steps, lasso, problems);
    }

    /** TLC could not check the model (TOOL_ERROR) or Lockstep failed (INTERNAL_ERROR); the figures are partial. */
    public static CheckResult failure(Status status, SearchFigures figures, List<Diagnostic> diagnostics) {
        return new CheckResult(status, null, figures, List.of(), Lasso.NONE, diagnostics);
    }

    public int loopBack() { return lasso.loopBack(); }

    public Label loopLabel() { return lasso.loopLabel(); }

    public boolean stuttering() { return lasso.stuttering(); }

    public boolean isLasso() { return lasso.loopBack() >= 0 || lasso.stuttering(); }
}
