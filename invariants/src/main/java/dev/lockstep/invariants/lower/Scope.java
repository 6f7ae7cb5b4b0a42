package dev.lockstep.invariants.lower;

import dev.lockstep.invariants.smt.Term;
import dev.lockstep.lang.value.NodeV;
import dev.lockstep.lang.value.Value;

/**
 * What an expression sees while it is lowered: the state's constants, the node running the action (concrete:
 * every query is about one node), and the local slots, each either a concrete value (an enumerated parameter,
 * an expanded quantifier's element) or a symbolic term (a received message, a bound variable).
 */
public final class Scope {
    public sealed interface Binding {
        record Concrete(Value value) implements Binding {}

        record Symbolic(Term term) implements Binding {}

        /** A LET-bound set kept symbolic: materializing Msgs(T) as an array would cost far more than it saves. */
        record SymbolicSet(SetSym set) implements Binding {}
    }

    final Vocabulary state;
    /** The post-state of a step, for the primed reads of a transition property; null elsewhere. */
    final Vocabulary next;
    final NodeV self;
    final int role;
    final int nodeIdx;
    final Binding[] frame;

    private Scope(Vocabulary state, NodeV self, int role, int nodeIdx, int frameSize) {
        this(state, null, self, role, nodeIdx, new Binding[frameSize]);
    }

    private Scope(Vocabulary state, Vocabulary next, NodeV self, int role, int nodeIdx, Binding[] frame) {
        this.state = state;
        this.next = next;
        this.self = self;
        this.role = role;
        this.nodeIdx = nodeIdx;
        this.frame = frame;
    }

    /** For a transition property over a step from {@code pre} to {@code post}: {@code e'} reads {@code post}. */
    public static Scope step(Vocabulary pre, Vocabulary post, int frameSize) {
        return new Scope(pre, post, null, -1, -1, new Binding[frameSize]);
    }

    /** The same bindings over the post-state (the operand of a primed read), or null outside a transition property. */
    Scope primed() {
        return next == null ? null : new Scope(next, null, self, role, nodeIdx, frame);
    }

    /** For invariants, definitions and constraints: no current node. */
    public static Scope global(Vocabulary state, int frameSize) { return new Scope(state, null, -1, -1, frameSize); }

    /** For actions and initializers of node {@code self}, the {@code nodeIdx}-th node of {@code role}. */
    public static Scope atNode(Vocabulary state, NodeV self, int role, int nodeIdx, int frameSize) {
        return new Scope(state, self, role, nodeIdx, frameSize);
    }

    /** A fresh frame over the same state and node (a definition's body). */
    Scope inner(int frameSize) { return new Scope(state, next, self, role, nodeIdx, new Binding[frameSize]); }

    /** A copy with its own frame, so later bindings in this scope do not leak into a lazily lowered set. */
    Scope copy() {
        return new Scope(state, next, self, role, nodeIdx, frame.clone());
    }

    public Scope bind(int slot, Binding b) {
        frame[slot] = b;
        return this;
    }

    public Scope concrete(int slot, Value v) { return bind(slot, new Binding.Concrete(v)); }

    public Scope symbolic(int slot, Term t) { return bind(slot, new Binding.Symbolic(t)); }
}
