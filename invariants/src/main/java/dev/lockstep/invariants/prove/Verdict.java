package dev.lockstep.invariants.prove;

/** The outcome of one query. */
public enum Verdict {
    /** Z3 proved the implication (the query is unsatisfiable). */
    PROVED,
    /** Initiation failed: an initial state violates the invariant (a real, reachable violation). */
    VIOLATED,
    /** Consecution failed: a counterexample to induction (not necessarily reachable). */
    CTI,
    /** Z3 gave up (timeout, incompleteness) or its answer could not be confirmed; see the reason. */
    UNKNOWN
}
