package dev.lockstep.lang.explore;

import dev.lockstep.lang.value.Value;
import java.util.Arrays;

/** A global state: one value per slot (see {@link dev.lockstep.lang.eval.ModelInstance}). Its own fingerprint. */
public final class State {
    private final Value[] slots;
    private final int hash;

    /** Takes ownership of the array. */
    public State(Value[] slots) {
        this.slots = slots;
        this.hash = Arrays.hashCode(slots);
    }

    public Value slot(int i) { return slots[i]; }

    /** The backing array; callers must not modify it. */
    public Value[] slots() { return slots; }

    @Override
    public boolean equals(Object o) {
        return o == this || (o instanceof State s && s.hash == hash && Arrays.equals(slots, s.slots));
    }

    @Override
    public int hashCode() { return hash; }
}
