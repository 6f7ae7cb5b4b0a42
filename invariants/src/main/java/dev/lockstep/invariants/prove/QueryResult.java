package dev.lockstep.invariants.prove;

import dev.lockstep.lang.explore.State;

/**
 * One row of the summary: initiation of one invariant, or consecution of the invariants for one step (an action
 * of one node for one parameter binding). {@code counterexample} is an initial state when initiation is violated.
 */
public record QueryResult(Kind kind, String subject, Verdict verdict, String reason, Cti cti, State counterexample,
                          double seconds) {
    /**
     * TYPING rows prove the int bound (TypeOK) the other queries then rely on; TRANSITION rows a transition property
     * for one step, from any state satisfying the invariants.
     */
    public enum Kind { TYPING, INITIATION, CONSECUTION, TRANSITION }
}
