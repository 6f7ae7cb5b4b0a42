package dev.lockstep.invariants.lower;

import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.Value;
import java.util.List;
import java.util.function.Function;

/**
 * A lowered set, kept symbolic until a consumer needs an array: membership as a function of the element term,
 * and, when known, a finite list of distinct candidate values that contains every member (the elements of a
 * constant set, or the whole universe of a small finite type). Candidates let quantifiers, {@code Cardinality}
 * and set equality expand into quantifier-free formulas.
 */
record SetSym(Type element, Function<Term, Term> member, List<Value> candidates, Term array) {
    boolean finite() { return candidates != null; }
}
