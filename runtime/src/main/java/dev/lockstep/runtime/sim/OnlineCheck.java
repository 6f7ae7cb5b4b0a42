package dev.lockstep.runtime.sim;

import java.util.Optional;

/**
 * A check of the global state run after every step of a simulation, for example the spec's invariants through the
 * evaluator (that adapter lives outside the runtime, which does not depend on the compiler) or a Java predicate.
 * The first violation stops the run; the result names the seed and the step, so the run can be replayed.
 */
@FunctionalInterface
public interface OnlineCheck {
    /** A description of what is violated, or empty when the state is fine. */
    Optional<String> check(GlobalView view);

    OnlineCheck NONE = view -> Optional.empty();
}
