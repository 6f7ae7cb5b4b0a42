package dev.lockstep.conformance.history;

import java.util.List;
import java.util.Optional;

/**
 * The sequential specification a history is checked against: a start state and what one operation does. A model may
 * split a history into independent parts (e.g. one per key of a key-value store), each checked on its own; by the
 * locality of linearizability (Herlihy and Wing) the whole is linearizable iff every part is.
 *
 * @param <S> states; equal states must be {@code equals} (the checker caches visited configurations)
 */
public interface SequentialModel<S, I, O> {
    S init();

    /**
     * The state after {@code input} answered with {@code output} in {@code state}, or empty when the sequential
     * object could not have given that answer there. {@code output} is null for an operation whose outcome is
     * unknown: any answer is possible, only its effect counts.
     */
    Optional<S> step(S state, I input, O output);

    /** Independent parts of the history (default: the whole history is one part). */
    default List<List<Operation<I, O>>> partition(List<Operation<I, O>> history) {
        return List.of(history);
    }
}
