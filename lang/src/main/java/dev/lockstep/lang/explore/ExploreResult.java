package dev.lockstep.lang.explore;

import dev.lockstep.lang.diag.Diagnostic;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a search. {@code generated} counts as TLC counts: initial states plus every successor computed
 * (duplicates included). {@code depth} is the number of states on the longest shortest path (initial states: 1).
 */
public record ExploreResult(Status status, long distinct, long generated, int depth, Duration elapsed,
                            String violated, List<Trace.Step> counterexample, Diagnostic fault) {

    public enum Status {
        /** Every reachable state was explored and satisfies the invariants. */
        HOLDS,
        INVARIANT_VIOLATED,
        DEADLOCK,
        /** The spec faulted while being evaluated (e.g. a function applied outside its domain). */
        EVALUATION_ERROR,
        /** {@code --max-states} or {@code --max-seconds} stopped the search; the figures are partial. */
        LIMIT_REACHED
    }

    public double statesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : distinct / s;
    }
}
