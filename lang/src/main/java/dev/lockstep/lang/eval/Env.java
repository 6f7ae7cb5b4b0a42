package dev.lockstep.lang.eval;

import dev.lockstep.lang.value.Value;

/**
 * What an expression sees while it is evaluated: the global state's slots, the current node (for actions),
 * and the frame of local slots. Mutable and reused in the explorer's hot loop.
 */
public final class Env {
    public Value[] state;
    /** First slot of the current node's variables, or -1 outside a role. */
    public int nodeBase = -1;
    public Value self;
    public Value[] frame;
    /** The step's next state, read by {@code e'} in a transition property; null elsewhere. */
    public Value[] next;

    public Env(Value[] state, int frameSize) {
        this.state = state;
        this.frame = new Value[frameSize];
    }

    public static Env global(Value[] state, int frameSize) { return new Env(state, frameSize); }

    public Env atNode(int nodeBase, Value self) {
        this.nodeBase = nodeBase;
        this.self = self;
        return this;
    }
}
