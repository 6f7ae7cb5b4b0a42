package dev.lockstep.invariants.prove;

import dev.lockstep.lang.explore.Label;
import dev.lockstep.lang.explore.State;

/**
 * A counterexample to induction: a pre-state satisfying the invariants, a step, and a post-state violating
 * {@code brokenConjunct}. {@code label} is the explorer's label of the step, found by replaying the pre-state
 * through the evaluator; {@code replayed} says the evaluator confirmed every part of it.
 */
public record Cti(State pre, State post, Label label, String brokenConjunct, String conjunctLocation,
                  String conjunctText, boolean replayed, String note) {}
