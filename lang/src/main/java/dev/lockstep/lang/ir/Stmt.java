package dev.lockstep.lang.ir;

import dev.lockstep.lang.source.Span;
import java.util.List;

/** The effect of an action: simultaneous assignments to the node's own variables, and sends. */
public sealed interface Stmt {
    Span span();

    record Assign(String var, int varIndex, Expr value, Span span) implements Stmt {}

    /**
     * {@code send T { f: e } to dest}. {@code fieldNames} are the declared payload fields in declaration order;
     * {@code toSet} says whether {@code to} is a set of nodes (one message each) or one node.
     */
    record Send(String messageType, List<String> fieldNames, List<Expr> values, Expr to, boolean toSet, Span span)
            implements Stmt {}
}
