package dev.lockstep.lang.analysis;

/**
 * How a value moves as a node's state moves up its lattice (each variable in the direction its assignments move
 * it, see {@link Monotonicity}): it stays {@code CONST}, goes {@code UP} or {@code DOWN} in its type's natural order
 * (ints by {@code <=}, sets by {@code \subseteq}, booleans FALSE before TRUE, enum labels in declaration order, maps
 * entry by entry), or {@code NONE} of these. A guard is upward-closed exactly when its trend is CONST or UP: once
 * true, it stays true as the state grows.
 */
public enum Trend {
    CONST, UP, DOWN, NONE;

    /** The reverse order: what {@code ~e}, {@code -e} or the right side of {@code \} does. */
    public Trend flip() {
        return switch (this) {
            case UP -> DOWN;
            case DOWN -> UP;
            case CONST, NONE -> this;
        };
    }

    /** The trend of an operator that grows in both operands ({@code /\}, {@code \cup}, {@code +}, Max of two). */
    public Trend with(Trend other) {
        if (this == CONST) return other;
        if (other == CONST || other == this) return this;
        return NONE;
    }

    /** Whether a guard of this trend stays true as the state grows. */
    public boolean upwardClosed() { return this == CONST || this == UP; }
}
