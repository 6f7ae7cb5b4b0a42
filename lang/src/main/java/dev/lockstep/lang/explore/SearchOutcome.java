package dev.lockstep.lang.explore;

import java.time.Duration;

/**
 * A finished state-space search (the explorer's {@link ExploreResult}, TLC's {@code CheckResult}): its figures, read
 * the same way whichever searched.
 */
public interface SearchOutcome {
    SearchFigures figures();

    default long distinct() { return figures().distinct(); }

    default long generated() { return figures().generated(); }

    default int depth() { return figures().depth(); }

    default Duration elapsed() { return figures().elapsed(); }

    default double statesPerSecond() { return figures().statesPerSecond(); }
}
