package dev.lockstep.lang.ir;

import dev.lockstep.lang.source.Span;
import java.util.List;

/**
 * The effect of an action: simultaneous assignments to the node's own variables, sends, and the run-time control of
 * the role's timers.
 */
public sealed interface Stmt {
    Span span();

    record Assign(String var, int varIndex, Expr value, Span span) implements Stmt {}

    /**
     * {@code peer.x' = e} in an exchange action: assigns variable {@code var} of the exchange's peer, the node
     * {@code peer} (the action's peer parameter) of role {@code roleIndex}, the acting node's own role. Evaluated
     * over the old state like every effect, so the two nodes' updates are simultaneous.
     */
    record PeerAssign(String var, int varIndex, int roleIndex, Expr.Local peer, Expr value, Span span)
            implements Stmt {}

    /**
     * {@code send T { f: e } to dest}. {@code fieldNames} are the declared payload fields in declaration order;
     * {@code toSet} says whether {@code to} is a set of nodes (one message each) or one node.
     */
    record Send(String messageType, List<String> fieldNames, List<Expr> values, Expr to, boolean toSet, Span span)
            implements Stmt {}

    enum TimerOp {
        RESTART, CANCEL;

        /** The statement's keyword. */
        public String keyword() { return this == RESTART ? "restart" : "cancel"; }
    }

    /**
     * {@code restart T} (re-arm the timer of timer action {@code T} of the same role from now) or {@code cancel T}
     * (disarm it until restarted). Time is abstracted in the model, so this changes no state there: the explorer, TLC
     * and the prover treat it as {@code skip}; only the generated machine and the runtime act on it.
     */
    record TimerControl(TimerOp op, String action, Span span) implements Stmt {}
}
