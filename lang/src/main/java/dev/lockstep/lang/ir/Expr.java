package dev.lockstep.lang.ir;

import dev.lockstep.lang.source.Span;
import dev.lockstep.lang.types.Type;
import dev.lockstep.lang.value.Value;
import java.util.List;

/**
 * Checked expressions: names resolved, types known, spans kept. Backends switch over this sealed family
 * exhaustively and without {@code default}, and analyses walk it through {@link Exprs}, so a new form cannot be
 * forgotten by any of them: the compiler lists the places (docs/adding-a-construct.md).
 */
public sealed interface Expr {
    Span span();

    Type type();

    /** A constant value: literals, enum labels, node literals in model bindings. */
    record Lit(Value value, Type type, Span span) implements Expr {}

    /** A model constant, by its index in {@link CheckedSpec#consts()}. */
    record ConstRef(String name, int index, Type type, Span span) implements Expr {}

    /** A bound variable, parameter, received message, LET name or {@code @}: a slot in the current frame. */
    record Local(String name, int slot, Type type, Span span) implements Expr {}

    /** The node running the current action. */
    record Self(Span span) implements Expr {
        public Type type() { return Type.NODE; }
    }

    /** A variable of the current node (inside a role). */
    record VarRef(String role, String var, int varIndex, Type type, Span span) implements Expr {}

    /** {@code Role[node].var}: another node's variable, readable in invariants, properties and defs. */
    record RemoteVar(String role, int roleIndex, Expr node, String var, int varIndex, Type type, Span span)
            implements Expr {}

    /** {@code Msgs(T)}: the messages of type T now in the network (global context only). */
    record NetworkView(String messageType, Type type, Span span) implements Expr {}

    /**
     * A count or channel read of the network (global context only, like {@link NetworkView}): {@code Copies(m)}
     * with {@code args} [m], {@code Channel(M, a, b)} with [a, b] (its type {@code seq<M>} names M),
     * {@code ChannelLen(a, b)} with [a, b].
     */
    record NetworkRead(NetworkQuery query, List<Expr> args, Type type, Span span) implements Expr {}

    /** {@code Nat} or {@code Int}: infinite sets, usable for membership but never enumerated. */
    record InfiniteSet(String name, Span span) implements Expr {
        public Type type() { return new Type.SetOf(Type.INT); }
    }

    record Unary(UnaryOp op, Expr operand, Type type, Span span) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, Type type, Span span) implements Expr {}

    /** {@code \A x \in S, y \in T : body}; one domain per variable. */
    record Quant(boolean forall, List<Local> vars, List<Expr> domains, Expr body, Span span) implements Expr {
        public Type type() { return Type.BOOL; }
    }

    record Choose(Local var, Expr domain, Expr body, Type type, Span span) implements Expr {}

    record SetLit(List<Expr> elements, Type type, Span span) implements Expr {}

    record SetFilter(Local var, Expr domain, Expr predicate, Type type, Span span) implements Expr {}

    record SetMap(Expr body, List<Local> vars, List<Expr> domains, Type type, Span span) implements Expr {}

    /** {@code [x \in S |-> e]}; with several variables the keys are tuples. */
    record FnCtor(List<Local> vars, List<Expr> domains, Expr body, Type type, Span span) implements Expr {}

    /** Field names sorted, values in the same order. */
    record RecordCtor(List<String> names, List<Expr> values, Type type, Span span) implements Expr {}

    record TupleLit(List<Expr> elements, Type type, Span span) implements Expr {}

    /** {@code f[x]} on a map, sequence or tuple. */
    record Apply(Expr function, Expr arg, Type type, Span span) implements Expr {}

    record FieldAccess(Expr target, String field, Type type, Span span) implements Expr {}

    sealed interface PathStep {}

    record IndexStep(Expr index) implements PathStep {}

    record FieldStep(String field) implements PathStep {}

    /** One {@code ![a].f = v} clause; {@code at} is the slot that {@code @} reads (the old value at the path). */
    record Update(List<PathStep> path, Expr value, int atSlot) {}

    record Except(Expr base, List<Update> updates, Type type, Span span) implements Expr {}

    record If(Expr cond, Expr then, Expr otherwise, Type type, Span span) implements Expr {}

    /** {@code other} is null when there is no OTHER arm (then no matching arm is an evaluation fault). */
    record Case(List<Expr> guards, List<Expr> values, Expr other, Type type, Span span) implements Expr {}

    record Let(List<Local> vars, List<Expr> values, Expr body, Type type, Span span) implements Expr {}

    record BuiltinCall(Builtin fn, List<Expr> args, Type type, Span span) implements Expr {}

    record DefCall(String name, int defIndex, List<Expr> args, Type type, Span span) implements Expr {}

    /** {@code e'}: {@code e} evaluated in the step's next state (in a transition property only). */
    record Primed(Expr operand, Type type, Span span) implements Expr {}
}
