package dev.lockstep.lang.explore;

import java.time.Duration;

/**
 * The size of a state-space search, counted the same way by the explorer and by TLC: {@code generated} is initial
 * states plus every successor computed (duplicates included); {@code depth} is the number of states on the longest
 * shortest path (initial states: 1).
 */
public record SearchFigures(long distinct, long generated, int depth, Duration elapsed) {

    /** Nothing searched yet (a model refused before the search started). */
    public static SearchFigures none(Duration elapsed) { return new SearchFigures(0, 0, 0, elapsed); }

    public double statesPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : distinct / s;
    }
}
