package dev.lockstep.lang.explore;

import dev.lockstep.lang.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of a search: its {@link SearchFigures} (counted as TLC counts), the violated invariant and the
 * counterexample's steps (the same {@link Trace.Step}s as TLC's {@code CheckResult}), or the evaluation fault.
 * {@code collisionProbability} estimates the chance that fingerprinting merged two distinct states (0 when states
 * were kept whole); see {@link dev.lockstep.lang.explore.store.Fingerprint#collisionProbability}.
 * {@code spilledStates} counts the queued states written to disk because a level outgrew the queue's memory share.
 */
public record ExploreResult(Status status, SearchFigures figures, String violated, List<Trace.Step> counterexample,
                            Diagnostic fault, double collisionProbability, long spilledStates)
        implements SearchOutcome {

    /** A result whose queue stayed in memory. */
    public ExploreResult(Status status, SearchFigures figures, String violated, List<Trace.Step> counterexample,
                         Diagnostic fault, double collisionProbability) {
        this(status, figures, violated, counterexample, fault, collisionProbability, 0);
    }

    /** A result with no fingerprint collision possible (an exact store, or no search). */
    public ExploreResult(Status status, SearchFigures figures, String violated, List<Trace.Step> counterexample,
                         Diagnostic fault) {
        this(status, figures, violated, counterexample, fault, 0);
    }

    public enum Status {
        /** Every reachable state was explored and satisfies the invariants. */
        HOLDS,
        INVARIANT_VIOLATED,
        /** A step violates a checked transition property; the trace ends with that step. */
        PROPERTY_VIOLATED,
        DEADLOCK,
        /** The spec faulted while being evaluated (e.g. a function applied outside its domain). */
        EVALUATION_ERROR,
        /** {@code --max-states} or {@code --max-seconds} stopped the search; the figures are partial. */
        LIMIT_REACHED
    }
}
